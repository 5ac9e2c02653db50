package io.github.docspacephoto.emulator;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON bodies of the actions, bound as System.Text.Json does for DocSpace (NOTES.md §3): property names in any
 * case, unknown properties ignored, numbers also as strings, and anything else refused with ASP.NET Core's
 * validation errors, which name the JSON path and the action's parameter.
 */
final class RequestBodies {

    /** {@code ThumbnailsRequest}: width and height are {@code uint}. */
    record Thumbnails(String tmpFile, int x, int y, long width, long height) {
    }

    /** {@code UpdatePhotoMemberRequest}. */
    record UpdatePhoto(String files) {
    }

    /** The two properties of {@code AuthRequestsDto} a password login uses. */
    record Login(String userName, String password) {
    }

    private RequestBodies() {
    }

    static Thumbnails thumbnails(String contentType, byte[] body) {
        Binder binder = new Binder("Thumbnails", "ASC.People.ApiModels.RequestDto.ThumbnailsRequest", contentType,
                body);
        return new Thumbnails(binder.string("tmpFile"), (int) binder.integer("x", Integer.MIN_VALUE,
                Integer.MAX_VALUE, "System.Int32"), (int) binder.integer("y", Integer.MIN_VALUE, Integer.MAX_VALUE,
                "System.Int32"), binder.integer("width", 0, 0xffffffffL, "System.UInt32"),
                binder.integer("height", 0, 0xffffffffL, "System.UInt32"));
    }

    static UpdatePhoto updatePhoto(String contentType, byte[] body) {
        Binder binder = new Binder("UpdatePhoto", "ASC.People.ApiModels.RequestDto.UpdatePhotoMemberRequest",
                contentType, body);
        return new UpdatePhoto(binder.string("files"));
    }

    static Login login(String contentType, byte[] body) {
        Binder binder = new Binder("inDto", "ASC.Web.Api.ApiModel.RequestsDto.AuthRequestsDto", contentType, body);
        return new Login(binder.string("userName"), binder.string("password"));
    }

    /** Binds one body to one parameter; the first problem ends binding, as a System.Text.Json exception does. */
    private static final class Binder {
        private final String parameter;
        private final JsonObject object;

        Binder(String parameter, String typeName, String contentType, byte[] body) {
            this.parameter = parameter;
            if (!isJson(contentType)) {
                throw BindingFailure.unsupportedMediaType();
            }
            if (body.length == 0) {
                throw invalid("", "A non-empty request body is required.");
            }
            JsonValue value;
            try (JsonReader reader = JsonBodies.JSON.createReader(new ByteArrayInputStream(body))) {
                value = reader.readValue();
            } catch (JsonParsingException e) {
                throw invalid("$", "The JSON payload is not valid. Path: $ | LineNumber: "
                        + (e.getLocation().getLineNumber() - 1) + " | BytePositionInLine: "
                        + (e.getLocation().getColumnNumber() - 1) + ".");
            } catch (JsonException | IllegalStateException e) {
                throw invalid("$", "The JSON payload is not valid. Path: $.");
            }
            if (value == JsonValue.NULL) {
                throw BindingFailure.invalid(Map.of(parameter, List.of(required())));
            }
            if (!(value instanceof JsonObject json)) {
                throw invalid("$", notConvertible(typeName, "$"));
            }
            this.object = json;
        }

        String string(String name) {
            Map.Entry<String, JsonValue> property = property(name);
            if (property == null || property.getValue() == JsonValue.NULL) {
                return null;
            }
            if (property.getValue() instanceof JsonString text) {
                return text.getString();
            }
            throw invalid(path(property), notConvertible("System.String", path(property)));
        }

        /** A missing property keeps the default 0; JSON null does not convert to a number. */
        long integer(String name, long min, long max, String typeName) {
            Map.Entry<String, JsonValue> property = property(name);
            if (property == null) {
                return 0;
            }
            try {
                long number;
                if (property.getValue() instanceof JsonNumber n) {
                    number = n.bigDecimalValue().longValueExact();
                } else if (property.getValue() instanceof JsonString text) {
                    number = Long.parseLong(text.getString());
                } else {
                    throw new NumberFormatException();
                }
                if (number < min || number > max) {
                    throw new NumberFormatException();
                }
                return number;
            } catch (ArithmeticException | NumberFormatException e) {
                throw invalid(path(property), notConvertible(typeName, path(property)));
            }
        }

        private Map.Entry<String, JsonValue> property(String name) {
            return object.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .orElse(null);
        }

        private BindingFailure invalid(String key, String message) {
            Map<String, List<String>> errors = new LinkedHashMap<>();
            errors.put(key, List.of(message));
            errors.put(parameter, List.of(required()));
            return BindingFailure.invalid(errors);
        }

        private String required() {
            return "The " + parameter + " field is required.";
        }

        private static String path(Map.Entry<String, JsonValue> property) {
            return "$." + property.getKey();
        }

        private static String notConvertible(String typeName, String path) {
            return "The JSON value could not be converted to " + typeName + ". Path: " + path + ".";
        }

        /** SystemTextJsonInputFormatter's media types. */
        private static boolean isJson(String contentType) {
            if (contentType == null) {
                return false;
            }
            String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            return type.equals("application/json") || type.equals("text/json")
                    || (type.startsWith("application/") && type.endsWith("+json"));
        }
    }
}
