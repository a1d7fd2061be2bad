package org.parley.ingest.article.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.parley.ingest.article.api.ArticleInput;
import org.parley.ingest.article.api.Article;
import org.parley.ingest.article.api.InvalidRequestException;
import org.parley.ingest.article.service.ArticleService;
import org.parley.ingest.article.service.ArticleSubmission;

import java.util.UUID;

/** REST entry point for articles: {@code POST /articles} answers once the article is durably stored. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleService articles;

    ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    /** 201 with the new article, or 200 with the existing one when the same story was ingested before. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ingest(@Valid @NotNull(message = "a JSON body is required") ArticleInput input, @Context UriInfo uri) {
        ArticleSubmission submission = articles.submit(input);
        Article view = Article.of(submission.article());
        if (!submission.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    @GET
    @Path("/{id}")
    public Article get(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Not an article id: " + id);
        }
        return articles.find(uuid).map(Article::of)
                .orElseThrow(() -> new NotFoundException("No article " + id));
    }
}
