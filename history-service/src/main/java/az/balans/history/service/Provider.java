package az.balans.history.service;

/** The top-up providers whose outcomes history hears, as they are named in event ids and sources. */
public enum Provider {
    DTONE("dtone"),
    RELOADLY("reloadly"),
    DING("ding");

    private final String id;

    Provider(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The CloudEvents source of the events made from this provider's outcomes. */
    public String source() {
        return "/providers/" + id;
    }
}
