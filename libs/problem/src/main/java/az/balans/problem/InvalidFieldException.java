package az.balans.problem;

/**
 * A request that passed Bean Validation but is still wrong about one field, as only the service
 * can tell (a reference to a carrier that does not exist, say). Answered as a 400 naming the field.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
