package io.github.docspacephoto.emulator;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.ee9.nested.Request;
import org.eclipse.jetty.io.EndPoint;

/**
 * What DocSpace's ASP.NET pipeline does around the actions: faults first, then routing, authentication and scopes,
 * model binding, the action, and the envelope or error body. Every request is logged before its answer is sent.
 */
final class DocSpaceServlet extends HttpServlet {

    private final transient Authenticator authenticator;
    private final transient LoginEndpoint login;
    private final transient PhotoEndpoints photos;
    private final transient PhotoUpload upload;
    private final transient PhotoStore store;
    private final transient Faults faults;
    private final transient RequestLog log;
    private final UploadShape uploadShape;
    private final long maxRequestBytes;

    DocSpaceServlet(Authenticator authenticator, LoginEndpoint login, PhotoEndpoints photos, PhotoUpload upload,
                    PhotoStore store, Faults faults, RequestLog log, UploadShape uploadShape, long maxRequestBytes) {
        this.authenticator = authenticator;
        this.login = login;
        this.photos = photos;
        this.upload = upload;
        this.store = store;
        this.faults = faults;
        this.log = log;
        this.uploadShape = uploadShape;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Operation.percentDecode(request.getRequestURI());
        Optional<Fault> fault = faults.take(request.getMethod(), path);
        if (fault.isPresent() && fault.get() instanceof Fault.Delay delay) {
            pause(delay.delay());
            fault = Optional.empty();
        }
        if (fault.isPresent() && fault.get() instanceof Fault.ConnectionReset) {
            record(request, 0);
            reset(request);
            return;
        }
        if (fault.isPresent() && fault.get() instanceof Fault.ApplyThenReset) {
            Reply lost = answer(request, path);
            record(request, lost.status());
            reset(request);
            return;
        }
        if (fault.isPresent() && fault.get() instanceof Fault.ApplyThenDelay late) {
            Reply reply = answer(request, path);
            record(request, reply.status());
            pause(late.delay());
            send(response, reply);
            return;
        }
        if (fault.isPresent() && fault.get() instanceof Fault.TruncateAfter truncate) {
            Reply whole = answer(request, path);
            record(request, whole.status());
            sendTruncated(request, response, whole, truncate.bytes());
            return;
        }
        Reply reply = fault.isPresent() ? Faults.reply(fault.get(), request) : answer(request, path);
        record(request, reply.status());
        // Refused before its body was read (a 401 or 403, say): as Kestrel does, read the rest so that the
        // connection stays open and the answer is not lost to a reset.
        UnreadBody.discard(request, 2 * maxRequestBytes);
        send(response, reply);
    }

    private Reply answer(HttpServletRequest request, String path) {
        String rawPath = request.getRequestURI();
        if (path.startsWith("/storage/") || path.startsWith("/static/")) {
            try {
                return staticFile(request.getMethod(), path);
            } catch (RuntimeException unexpected) {
                // Kestrel's answer to an unhandled exception: the status, no body, no details.
                return Reply.empty(500);
            }
        }
        Optional<Operation> operation = Operation.find(request.getMethod(), rawPath);
        if (operation.isEmpty()) {
            List<String> allowed = Operation.methodsAt(rawPath);
            // Endpoint routing answers these itself, with no body (NOTES.md §3.4: no status-code pages).
            return allowed.isEmpty() ? Reply.empty(404) : Reply.empty(405).withHeader("Allow", String.join(", ", allowed));
        }
        Reply reply;
        try {
            reply = perform(operation.get(), request, rawPath);
        } catch (AuthRefusal e) {
            reply = Reply.empty(e.status());
        } catch (BindingFailure e) {
            reply = e.isUnsupportedMediaType()
                    ? Reply.json(415, JsonBodies.unsupportedMediaType(requestUrl(request), request.getMethod()))
                    : Reply.json(400, JsonBodies.validationProblem(e.errors(), requestUrl(request), request.getMethod()));
        } catch (DocSpaceException e) {
            reply = Reply.json(e.status(), JsonBodies.error(e, operation.get().stackFrame()));
        } catch (IOException | RuntimeException e) {
            DocSpaceException unexpected = new DocSpaceException(DotNetError.UNEXPECTED, "An unexpected error occurred");
            reply = Reply.json(500, JsonBodies.error(unexpected, operation.get().stackFrame()));
        }
        // BasicAuthHandler adds the challenge to every answer of a request that tried Basic (NOTES.md §4.2).
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.startsWith("Basic ")
                ? reply.withHeader("WWW-Authenticate", "Basic") : reply;
    }

    private Reply perform(Operation operation, HttpServletRequest request, String rawPath) throws IOException {
        String userId = operation.userId(rawPath);
        return switch (operation) {
            case GET_MEMBER_PHOTO -> ok(request, photos.get(authenticator.authenticate(request, false), userId));
            case DELETE_MEMBER_PHOTO -> ok(request, photos.delete(authenticator.authenticate(request, true), userId));
            case UPDATE_MEMBER_PHOTO -> {
                Caller caller = authenticator.authenticate(request, true);
                RequestBodies.UpdatePhoto body = RequestBodies.updatePhoto(request.getContentType(), body(request));
                yield ok(request, photos.update(caller, userId, body, portalUrl(request)));
            }
            case UPLOAD_MEMBER_PHOTO -> {
                Caller caller = authenticator.authenticate(request, true);
                yield ok(request, upload.upload(caller, userId, UploadForm.read(request, uploadShape, maxRequestBytes)));
            }
            case CREATE_MEMBER_PHOTO_THUMBNAILS -> {
                Caller caller = authenticator.authenticate(request, true);
                RequestBodies.Thumbnails body = RequestBodies.thumbnails(request.getContentType(), body(request));
                yield ok(request, photos.thumbnails(caller, userId, body));
            }
            case AUTHENTICATE_ME -> {
                RequestBodies.Login body = RequestBodies.login(request.getContentType(), body(request));
                JsonObject token = login.login(body, portalUrl(request));
                Reply reply = ok(request, token);
                // AuthenticateMeAndSetCookiesAsync also sets the token as the auth cookie.
                yield token.containsKey("token") ? reply.withHeader("Set-Cookie", Authenticator.AUTH_COOKIE + "="
                        + token.getString("token") + "; Path=/; HttpOnly") : reply;
            }
        };
    }

    private Reply staticFile(String method, String path) {
        if (!method.equals("GET")) {
            return Reply.empty(405).withHeader("Allow", "GET");
        }
        return store.file(path).map(file -> Reply.bytes(file.contentType(), file.bytes())).orElse(Reply.empty(404));
    }

    /** Kestrel's request body limit and minimum data rate. */
    private byte[] body(HttpServletRequest request) throws IOException {
        refuseOversized(request, request.getContentLengthLong());
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(maxRequestBytes + 1, Integer.MAX_VALUE - 8));
        } catch (IOException | RuntimeException failure) {
            if (BodyTimeout.isCauseOf(failure)) {
                throw DocSpaceException.requestBodyTimeout();
            }
            throw failure;
        }
        refuseOversized(request, body.length);
        return body;
    }

    private void refuseOversized(HttpServletRequest request, long length) {
        if (length > maxRequestBytes) {
            UnreadBody.discard(request, 2 * maxRequestBytes);
            throw DocSpaceException.requestTooLarge(maxRequestBytes);
        }
    }

    private static Reply ok(HttpServletRequest request, JsonObject payload) {
        return Reply.json(200, JsonBodies.envelope(payload, requestUrl(request), request.getMethod()));
    }

    private void record(HttpServletRequest request, int status) {
        log.add(request, status);
    }

    private static void send(HttpServletResponse response, Reply reply) throws IOException {
        response.setStatus(reply.status());
        reply.headers().forEach(response::setHeader);
        if (reply.contentType() != null) {
            response.setContentType(reply.contentType());
        }
        response.setContentLength(reply.body().length);
        response.getOutputStream().write(reply.body());
    }

    /** The status, headers and length of {@code reply}, but only the first bytes of its body; then a reset. */
    private static void sendTruncated(HttpServletRequest request, HttpServletResponse response, Reply reply,
                                      int bytes) throws IOException {
        response.setStatus(reply.status());
        reply.headers().forEach(response::setHeader);
        if (reply.contentType() != null) {
            response.setContentType(reply.contentType());
        }
        response.setContentLength(reply.body().length);
        response.getOutputStream().write(reply.body(), 0, Math.min(bytes, reply.body().length));
        response.flushBuffer();
        reset(request);
    }

    /** Closes the socket with SO_LINGER 0, so the client sees a TCP reset rather than an orderly end. */
    private static void reset(HttpServletRequest request) throws IOException {
        EndPoint endPoint = Request.getBaseRequest(request).getHttpChannel().getEndPoint();
        if (endPoint.getTransport() instanceof SocketChannel channel) {
            channel.setOption(StandardSocketOptions.SO_LINGER, 0);
        }
        endPoint.close();
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Scheme, host and port the client used, e.g. {@code http://127.0.0.1:8092}. */
    private static String portalUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.indexOf('/', request.getScheme().length() + "://".length()));
    }

    /** {@code GetDisplayUrl()}: the full URL as the client asked for it. */
    private static String requestUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURL() + (query == null ? "" : "?" + query);
    }
}
