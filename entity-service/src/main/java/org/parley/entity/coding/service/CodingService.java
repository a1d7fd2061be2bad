package org.parley.entity.coding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.parley.entity.coding.model.Coding;
import org.parley.entity.coding.model.CodingFacts;
import org.parley.entity.coding.repository.CodingReadRepository;
import org.parley.entity.engagement.graphql.EngagementNode;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Codes batches of engagements: two SQL statements per batch, whatever its size. */
@ApplicationScoped
@ActivateRequestContext
public class CodingService {

    @Inject
    CodingReadRepository reads;

    /** The coding of each engagement, in input order. */
    public List<Coding> codings(List<EngagementNode> engagements) {
        List<Long> ids = engagements.stream().map(EngagementNode::key).toList();
        Map<Long, List<CodingFacts.Party>> parties = reads.parties(ids);
        Set<Long> negotiations = reads.negotiations(ids);
        return engagements.stream()
                .map(e -> EventCoder.code(new CodingFacts(e.type, e.status, e.location,
                        parties.getOrDefault(e.key(), List.of()), negotiations.contains(e.key()))))
                .toList();
    }
}
