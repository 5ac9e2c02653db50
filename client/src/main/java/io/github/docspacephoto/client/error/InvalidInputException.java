package io.github.docspacephoto.client.error;

/** Refused before anything was sent: names the field, the value and the rule it breaks. */
public class InvalidInputException extends DocSpaceException {

    private final String field;
    private final String value;

    public InvalidInputException(String field, Object value, String rule) {
        super(field + (value == null ? "" : " '" + value + "'") + " " + rule);
        this.field = field;
        this.value = value == null ? null : value.toString();
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
