package io.github.docspacephoto.emulator;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Routes, faults, authentication and the request log in front of {@link PhotoEndpoints}: everything DocSpace's
 * ASP.NET pipeline does before and after an action.
 */
final class DocSpaceServlet extends HttpServlet {

    private static final Pattern PHOTO = Pattern.compile("/api/2\\.0/people/([^/]+)/photo");
    private static final Pattern THUMBNAILS = Pattern.compile("/api/2\\.0/people/([^/]+)/photo/thumbnails");
    private static final String AUTHENTICATION = "/api/2.0/authentication";
    private static final int MAX_JSON_BYTES = 1024 * 1024;

    private final transient Users users;
    private final transient Authenticator authenticator;
    private final transient PhotoStore store;
    private final transient PhotoEndpoints photos;
    private final transient Faults faults;
    private final transient RequestLog log;
    private final UploadShape uploadShape;
    private final long maxRequestBytes;

    DocSpaceServlet(Users users, Authenticator authenticator, PhotoStore store, PhotoEndpoints photos, Faults faults,
                    RequestLog log, UploadShape uploadShape, long maxRequestBytes) {
        this.users = users;
        this.authenticator = authenticator;
        this.store = store;
        this.photos = photos;
        this.faults = faults;
        this.log = log;
        this.uploadShape = uploadShape;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String rawPath = request.getRequestURI();
        String path = decode(rawPath);
        boolean reset = false;
        // JSON answers stay buffered until the request is logged, so a test that reads the log after the answer
        // always finds the request there.
        response.setBufferSize(128 * 1024);
        try {
            Optional<Fault> fault = faults.take(request.getMethod(), path);
            if (fault.isPresent() && applyFault(fault.get(), request, response)) {
                reset = fault.get() instanceof Fault.ConnectionReset;
                return;
            }
            route(request, response, rawPath);
        } catch (ApiException e) {
            writeJson(response, e.status(), Bodies.error(e.status(), e.getMessage()));
        } catch (Unauthorized e) {
            response.setStatus(e.status());
            if (e.basicChallenge()) {
                response.setHeader("WWW-Authenticate", "Basic");
            }
        } catch (RuntimeException e) {
            writeJson(response, 500, Bodies.error(500, "An internal error occurred"));
        } finally {
            log.add(new RecordedRequest(request.getMethod(), path, rawPath, request.getQueryString(),
                    headers(request), reset ? 0 : response.getStatus()));
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response, String rawPath) throws IOException {
        String method = request.getMethod();
        String path = decode(rawPath);
        if ("GET".equals(method) && (path.startsWith(PhotoStore.ROOT_URL) || path.startsWith(PhotoStore.TEMP_URL)
                || path.startsWith(PhotoStore.DEFAULTS_URL))) {
            serveImage(path, response);
            return;
        }
        if (AUTHENTICATION.equals(path) && "POST".equals(method)) {
            authenticate(request, response);
            return;
        }
        Matcher photo = PHOTO.matcher(rawPath);
        Matcher thumbnails = THUMBNAILS.matcher(rawPath);
        if (photo.matches()) {
            photo(request, response, method, decode(photo.group(1)));
        } else if (thumbnails.matches() && "POST".equals(method)) {
            Caller caller = caller(request, true);
            Optional<JsonObject> body = jsonBody(request, response, "thumbnails");
            if (body.isPresent()) {
                thumbnails(request, response, caller, decode(thumbnails.group(1)), body.get());
            }
        } else if (thumbnails.matches()) {
            response.setStatus(405);
        } else {
            throw new ApiException(404, "The requested resource was not found");
        }
    }

    private void photo(HttpServletRequest request, HttpServletResponse response, String method, String userId)
            throws IOException {
        switch (method) {
            case "GET" -> ok(request, response, photos.get(caller(request, false), userId));
            case "DELETE" -> ok(request, response, photos.delete(caller(request, true), userId));
            case "PUT" -> {
                Caller caller = caller(request, true);
                Optional<JsonObject> body = jsonBody(request, response, "inDto");
                if (body.isPresent()) {
                    String files = body.get().get("files") instanceof JsonString s ? s.getString() : null;
                    ok(request, response, photos.update(caller, userId, files, requestUri(request)));
                }
            }
            case "POST" -> upload(request, response, caller(request, true), userId);
            default -> response.setStatus(405);
        }
    }

    private void thumbnails(HttpServletRequest request, HttpServletResponse response, Caller caller, String userId,
                            JsonObject body) throws IOException {
        Crop crop;
        try {
            crop = new Crop(integer(body, "x", false), integer(body, "y", false), integer(body, "width", true),
                    integer(body, "height", true));
        } catch (IllegalArgumentException e) {
            writeJson(response, 400, Bodies.validationProblem(requestUrl(request), request.getMethod(),
                    "$." + e.getMessage(), "The JSON value could not be converted to System.UInt32."));
            return;
        }
        String tmpFile = body.get("tmpFile") instanceof JsonString s ? s.getString() : null;
        ok(request, response, photos.thumbnails(caller, userId, tmpFile, crop));
    }

    private void upload(HttpServletRequest request, HttpServletResponse response, Caller caller, String userId)
            throws IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new ApiException(415, "Unsupported Media Type");
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            throw new ApiException(413, "Request body too large");
        }
        Collection<Part> parts;
        try {
            parts = request.getParts();
        } catch (IllegalStateException | ServletException e) {
            throw new ApiException(413, "Request body too large");
        }
        Part file = filePart(parts);
        String autosave = textPart(parts, "Autosave");
        Boolean save = autosave(autosave);
        if (save == null) {
            writeJson(response, 400, Bodies.validationProblem(requestUrl(request), "POST", "Autosave",
                    "The value '" + autosave + "' is not valid for Autosave."));
            return;
        }
        byte[] content = null;
        if (file != null) {
            try (InputStream in = file.getInputStream()) {
                // Enough to see that it is too large without holding all of it.
                content = in.readNBytes((int) Math.min(file.getSize(), Integer.MAX_VALUE - 8));
            }
        }
        ok(request, response, photos.upload(caller, userId, new UploadForm(content, autosave), save));
    }

    /** 3.7 binds {@code File} case-insensitively; 3.6 takes the form's first file whatever its name (NOTES.md §1). */
    private Part filePart(Collection<Part> parts) {
        for (Part part : parts) {
            if (part.getSubmittedFileName() != null
                    && (uploadShape == UploadShape.V3_6 || "file".equalsIgnoreCase(part.getName()))) {
                return part;
            }
        }
        return null;
    }

    /** Null when the value cannot be read as a boolean; 3.6 parses Autosave outside its try block (NOTES.md §1). */
    private Boolean autosave(String value) {
        if (value == null) {
            if (uploadShape == UploadShape.V3_6) {
                throw new ApiException(400, "Value cannot be null. (Parameter 'value')");
            }
            return Boolean.FALSE;
        }
        String v = value.trim();
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.valueOf(v);
        }
        if (uploadShape == UploadShape.V3_6) {
            throw new ApiException(400, "String '" + value + "' was not recognized as a valid Boolean.");
        }
        return null;
    }

    private static String textPart(Collection<Part> parts, String name) throws IOException {
        for (Part part : parts) {
            if (part.getSubmittedFileName() == null && name.equalsIgnoreCase(part.getName())) {
                try (InputStream in = part.getInputStream()) {
                    return new String(in.readNBytes(1024), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    private void authenticate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<JsonObject> body = jsonBody(request, response, "inDto");
        if (body.isEmpty()) {
            return;
        }
        String login = body.get().get("userName") instanceof JsonString s ? s.getString() : "";
        String password = body.get().get("password") instanceof JsonString s ? s.getString() : "";
        SeededUser user = users.byLogin(login).orElseThrow(ApiException::userNotFound);
        if (!user.password().equals(password)) {
            throw new ApiException(401, "User authentication failed");
        }
        JsonObject token;
        if (user.twoFactor()) {
            token = Json.createObjectBuilder().add("sms", false).add("tfa", true)
                    .add("confirmUrl", baseUrl(request) + "/confirm/TfaAuth?type=TfaAuth&email=" + user.email())
                    .build();
        } else {
            token = Json.createObjectBuilder()
                    .add("token", authenticator.issueToken(user))
                    .add("expires", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusYears(1)
                            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'")))
                    .add("sms", false)
                    .add("tfa", false)
                    .build();
        }
        ok(request, response, token);
    }

    private Caller caller(HttpServletRequest request, boolean write) {
        Caller caller = authenticator.authenticate(request);
        if (write && !caller.mayWrite()) {
            throw Unauthorized.missingScope();
        }
        return caller;
    }

    /** Empty when the body did not bind; the 400 has then been written as ASP.NET Core's model validation does. */
    private Optional<JsonObject> jsonBody(HttpServletRequest request, HttpServletResponse response, String field)
            throws IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            writeJson(response, 415, Bodies.error(415, "Unsupported Media Type"));
            return Optional.empty();
        }
        if (request.getContentLengthLong() > MAX_JSON_BYTES) {
            throw new ApiException(413, "Request body too large");
        }
        byte[] raw;
        try (InputStream in = request.getInputStream()) {
            raw = in.readNBytes(MAX_JSON_BYTES + 1);
        }
        if (raw.length > MAX_JSON_BYTES) {
            throw new ApiException(413, "Request body too large");
        }
        try (JsonReader reader = Json.createReader(new StringReader(new String(raw, StandardCharsets.UTF_8)))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return Optional.of(object);
            }
        } catch (JsonException | IllegalStateException e) {
            // falls through to the validation answer
        }
        writeJson(response, 400, Bodies.validationProblem(requestUrl(request), request.getMethod(), field,
                "The " + field + " field is required."));
        return Optional.empty();
    }

    /** Numbers may come as strings (AllowReadingFromString); width and height are uint. */
    private static int integer(JsonObject body, String name, boolean unsigned) {
        JsonValue value = body.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(JsonValue.NULL);
        long number;
        try {
            if (value instanceof JsonNumber n) {
                number = n.longValueExact();
            } else if (value instanceof JsonString s) {
                number = Long.parseLong(s.getString().trim());
            } else if (value == JsonValue.NULL) {
                return 0;
            } else {
                throw new IllegalArgumentException(name);
            }
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(name);
        }
        if ((unsigned && number < 0) || number > Integer.MAX_VALUE || number < Integer.MIN_VALUE) {
            throw new IllegalArgumentException(name);
        }
        return (int) number;
    }

    private void serveImage(String path, HttpServletResponse response) throws IOException {
        byte[] image = store.download(path).orElseThrow(() -> new ApiException(404, "File not found"));
        response.setStatus(200);
        response.setContentType(path.endsWith(".png") ? "image/png" : "image/jpeg");
        response.setContentLength(image.length);
        response.getOutputStream().write(image);
    }

    private boolean applyFault(Fault fault, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (fault instanceof Fault.Delay delay) {
            try {
                Thread.sleep(delay.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
        if (fault instanceof Fault.Status status) {
            writeJson(response, status.code(), Bodies.error(status.code(),
                    status.code() >= 500 ? "Service temporarily unavailable" : "Fault injected"));
        } else if (fault instanceof Fault.TooManyRequests tooMany) {
            response.setHeader("Retry-After", Integer.toString(tooMany.retryAfterSeconds()));
            writeJson(response, 429, Bodies.error(429, "Too many requests"));
        } else if (fault instanceof Fault.ConnectionReset) {
            ServletContextRequest.getServletContextRequest(request).getConnectionMetaData().getConnection()
                    .getEndPoint().close();
        } else if (fault instanceof Fault.MalformedJson) {
            response.setStatus(200);
            response.setContentType("application/json; charset=utf-8");
            response.getWriter().write("{\"response\":{\"original\":\"/storage/userPh");
        } else if (fault instanceof Fault.HtmlErrorPage) {
            response.setStatus(502);
            response.setContentType("text/html; charset=utf-8");
            response.getWriter().write("<html><head><title>502 Bad Gateway</title></head><body><center>"
                    + "<h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>");
        }
        return true;
    }

    private void ok(HttpServletRequest request, HttpServletResponse response, JsonValue payload) throws IOException {
        writeJson(response, 200, Bodies.envelope(payload, requestUrl(request), request.getMethod()));
    }

    static void writeJson(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.getOutputStream().write(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String requestUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURL() + (query == null ? "" : "?" + query);
    }

    private static URI requestUri(HttpServletRequest request) {
        return URI.create(requestUrl(request));
    }

    private static String baseUrl(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }

    /** Percent-decodes a path; unlike form decoding, '+' stays '+'. */
    private static String decode(String rawPath) {
        try {
            return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return rawPath;
        }
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(request.getHeaders(name))));
        }
        return headers;
    }
}
