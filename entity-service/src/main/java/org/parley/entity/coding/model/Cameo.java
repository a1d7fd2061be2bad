package org.parley.entity.coding.model;

/**
 * The CAMEO event codes Parley assigns, with their names in the CAMEO codebook (Schrodt, version 1.1b3, March 2012):
 * the consult family (04), and the codes CAMEO gives a meeting that is only intended (036) or was called off (125).
 */
public enum Cameo {
    CONSULT("040", "Consult, not specified below"),
    DISCUSS_BY_TELEPHONE("041", "Discuss by telephone"),
    MAKE_A_VISIT("042", "Make a visit"),
    HOST_A_VISIT("043", "Host a visit"),
    MEET_AT_THIRD_LOCATION("044", "Meet at a \"third\" location"),
    ENGAGE_IN_NEGOTIATION("046", "Engage in negotiation"),
    EXPRESS_INTENT_TO_MEET("036", "Express intent to meet or negotiate"),
    REJECT_PROPOSAL_TO_MEET("125", "Reject proposal to meet, discuss, or negotiate");

    private final String code;
    private final String label;

    Cameo(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The code as CAMEO writes it, with its leading zero: "042". */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
