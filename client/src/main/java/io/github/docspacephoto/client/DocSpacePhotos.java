package io.github.docspacephoto.client;

import io.github.docspacephoto.client.Retrier.Repeat;
import io.github.docspacephoto.client.api.AuthenticationApi;
import io.github.docspacephoto.client.api.PeoplePhotosApi;
import io.github.docspacephoto.client.error.DocSpaceAuthenticationException;
import io.github.docspacephoto.client.error.DocSpaceNotFoundException;
import io.github.docspacephoto.client.error.DocSpaceOutcomeUnknownException;
import io.github.docspacephoto.client.error.InvalidInputException;
import io.github.docspacephoto.client.error.SecretMask;
import io.github.docspacephoto.client.error.TwoFactorRequiredException;
import io.github.docspacephoto.client.error.UnexpectedResponseException;
import io.github.docspacephoto.client.error.UploadRejectedException;
import io.github.docspacephoto.client.image.PhotoPreparer;
import io.github.docspacephoto.client.image.PreparedPhoto;
import io.github.docspacephoto.client.model.ApiResponse;
import io.github.docspacephoto.client.model.AuthRequestsDto;
import io.github.docspacephoto.client.model.AuthenticationTokenDto;
import io.github.docspacephoto.client.model.FileUploadResultDto;
import io.github.docspacephoto.client.model.ThumbnailsDataDto;
import io.github.docspacephoto.client.model.ThumbnailsRequest;
import io.github.docspacephoto.client.model.UpdatePhotoMemberRequest;
import io.github.docspacephoto.client.provider.CredentialsFilter;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The programmatic entry point, for places without CDI such as a Jenkins plugin or a CLI: builds the MicroProfile
 * Rest Client once per {@link DocSpaceSettings}, checks every request before sending it, retries only what is safe
 * to repeat, reports a change whose answer was lost as {@link DocSpaceOutcomeUnknownException}, masks secrets that
 * a server echoes, and renews a login's token. Where the thread context class loader cannot see the MicroProfile
 * implementation (a Jenkins plugin), calls run under the library's own loader.
 */
public final class DocSpacePhotos {

    /** Enough for any real set of servers and credentials; beyond it the least recently used client is closed. */
    static final int MAX_CACHED_CLIENTS = 64;
    /** Access-ordered: the eldest entry is the least recently used. Guarded by itself. */
    private static final Map<DocSpaceSettings, DocSpacePhotos> CLIENTS = new LinkedHashMap<>(16, 0.75f, true);

    private final DocSpaceSettings settings;
    private final Retrier retrier;
    private final LoginSession login;
    private final PhotoDownloads downloads;

    private final Object lock = new Object();
    /** Built on first use; closed once dropped from the cache and no call is using it. Guarded by lock. */
    private PeoplePhotosApi api;
    private int callsInProgress;
    private boolean retired;

    private DocSpacePhotos(DocSpaceSettings settings) {
        WarmUp.FIRST_CLIENT.startOnce();
        this.settings = settings;
        this.retrier = new Retrier(settings.maxAttempts());
        this.login = settings.credentials() instanceof Credentials.Login credentials
                ? new LoginSession(settings, credentials) : null;
        this.downloads = new PhotoDownloads(settings, retrier, login, this::currentCredentials, this::mask);
    }

    /** The client for these settings, built on first use and shared afterwards; thread-safe. */
    public static DocSpacePhotos connect(DocSpaceSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (settings.credentials() == null) {
            throw new InvalidInputException("credentials", null,
                    "are missing: give a token, an API key, a login or basic credentials");
        }
        synchronized (CLIENTS) {
            DocSpacePhotos cached = CLIENTS.get(settings);
            if (cached != null) {
                return cached;
            }
        }
        // A login talks to the server: not while holding the lock every caller needs.
        DocSpacePhotos built = new DocSpacePhotos(settings);
        synchronized (CLIENTS) {
            DocSpacePhotos raced = CLIENTS.putIfAbsent(settings, built);
            if (raced != null) {
                return raced;
            }
            if (CLIENTS.size() > MAX_CACHED_CLIENTS) {
                Iterator<DocSpacePhotos> eldest = CLIENTS.values().iterator();
                DocSpacePhotos dropped = eldest.next();
                eldest.remove();
                dropped.retire();
            }
            return built;
        }
    }

    /** Closes every built client and forgets them; for tests and for a Jenkins configuration change. */
    public static void clearCache() {
        List<DocSpacePhotos> all;
        synchronized (CLIENTS) {
            all = List.copyOf(CLIENTS.values());
            CLIENTS.clear();
        }
        all.forEach(DocSpacePhotos::retire);
    }

    /**
     * Exchanges a user name (or e-mail) and password for a personal access token. Only the server and
     * timeouts of {@code settings} are used.
     */
    public static String login(DocSpaceSettings settings, String userName, String password) {
        return logIn(settings, userName, password).token();
    }

    /** A token and when it expires, as DocSpace wrote it (may be null). */
    record IssuedToken(String token, String expires) {
        @Override
        public String toString() {
            return "IssuedToken[expires=" + expires + "]";
        }
    }

    static IssuedToken logIn(DocSpaceSettings settings, String userName, String password) {
        if (userName == null || userName.isBlank()) {
            throw new InvalidInputException("userName", null, "is missing");
        }
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", null, "is missing");
        }
        String requestLine = "POST /api/2.0/authentication";
        List<String> secrets = new ArrayList<>(List.of(password));
        if (settings.proxy() != null) {
            secrets.addAll(settings.proxy().secrets());
        }
        SecretMask mask = SecretMask.of(secrets);
        WarmUp.FIRST_CLIENT.startOnce();
        AuthenticationTokenDto token = LibraryClassLoader.run(() -> {
            AuthenticationApi auth = plainBuilder(settings).build(AuthenticationApi.class);
            try {
                return unwrap(auth.authenticateMe(new AuthRequestsDto(userName, password)), requestLine);
            } catch (RuntimeException e) {
                throw mask.applyTo(Failures.translate(e, requestLine, settings.server()));
            } finally {
                close(auth);
            }
        });
        if (token.token() == null || token.token().isBlank()) {
            if (Boolean.TRUE.equals(token.tfa()) || Boolean.TRUE.equals(token.sms())) {
                throw new TwoFactorRequiredException(userName);
            }
            throw new UnexpectedResponseException(requestLine + ": the answer has no token", null);
        }
        return new IssuedToken(token.token(), token.expires());
    }

    public DocSpaceSettings settings() {
        return settings;
    }

    /**
     * Proves the server answers and accepts the credentials, changing nothing: asks for the photo of a user who
     * cannot exist, which an authenticated caller is told is not found. For "Test connection" buttons.
     */
    public String checkConnection() {
        String nobody = java.util.UUID.randomUUID().toString();
        try {
            get(nobody);
        } catch (DocSpaceNotFoundException expected) {
            return "Connected to " + settings.server() + " and the credentials were accepted";
        }
        throw new UnexpectedResponseException("GET " + photoPath(nobody) + ": a user that cannot exist was found",
                null);
    }

    /** Validates the request, then runs its action. */
    public PhotoResult execute(PhotoRequest request) {
        request.validate(settings.maxUploadBytes());
        return switch (request.action()) {
            case GET -> get(request.userId());
            case DELETE -> delete(request.userId());
            case UPDATE -> update(request.userId(), request.url());
            case UPLOAD -> upload(request.userId(), request.file(), request.autosave(), request.prepare());
            case THUMBNAILS -> thumbnails(request.userId(),
                    request.crop() == null ? CropRectangle.WHOLE_PHOTO : request.crop(), request.tmpFile());
        };
    }

    public PhotoResult get(String userId) {
        String id = PhotoRequest.checkUserId(userId);
        return urls(PhotoAction.GET, id, call("GET", id, "", Repeat.READ, api -> api.getMemberPhoto(id)));
    }

    public PhotoResult delete(String userId) {
        String id = PhotoRequest.checkUserId(userId);
        return urls(PhotoAction.DELETE, id,
                call("DELETE", id, "", Repeat.SAFE_CHANGE, api -> api.deleteMemberPhoto(id)));
    }

    /** Sets the photo from a URL the server downloads. */
    public PhotoResult update(String userId, String url) {
        PhotoRequest.builder(PhotoAction.UPDATE, userId).url(url).build().validate(settings.maxUploadBytes());
        UpdatePhotoMemberRequest body = new UpdatePhotoMemberRequest(url.trim());
        return urls(PhotoAction.UPDATE, userId, call("PUT", userId, "", Repeat.SAFE_CHANGE,
                api -> api.updateMemberPhoto(userId, body)));
    }

    /**
     * Crops the current photo, or with {@code tmpFile} makes a temporary upload the photo. The latter consumes the
     * temporary file on the server, so it is never sent twice.
     */
    public PhotoResult thumbnails(String userId, CropRectangle crop, String tmpFile) {
        String id = PhotoRequest.checkUserId(userId);
        CropRectangle rectangle = crop == null ? CropRectangle.WHOLE_PHOTO : crop;
        String temporary = tmpFile == null || tmpFile.isBlank() ? null : tmpFile;
        ThumbnailsRequest body = new ThumbnailsRequest(temporary, rectangle.x(), rectangle.y(), rectangle.width(),
                rectangle.height());
        return urls(PhotoAction.THUMBNAILS, id, call("POST", id, "/thumbnails",
                temporary == null ? Repeat.SAFE_CHANGE : Repeat.ONCE,
                api -> api.createMemberPhotoThumbnails(id, body)));
    }

    /** Uploads a PNG or JPEG; with {@code autosave} false it is kept as a temporary file (see the result). */
    public PhotoResult upload(String userId, Path file, boolean autosave) {
        PhotoRequest.checkUserId(userId);
        PhotoFile photo = PhotoFile.check(file, settings.maxUploadBytes());
        FileUploadResultDto result = call("POST", userId, "", Repeat.ONCE,
                api -> uploadOnce(api, userId, photo, autosave));
        if (result == null) {
            throw new UnexpectedResponseException("POST " + photoPath(userId) + ": the answer has no result", null);
        }
        if (!result.isSuccess()) {
            throw mask().applyTo(new UploadRejectedException(userId,
                    result.message() == null ? "no reason given" : result.message()));
        }
        if (autosave && result.photoUrls() != null) {
            return withAbsoluteUrls(PhotoAction.UPLOAD, userId, PhotoUrls.of(result.photoUrls()));
        }
        if (result.temporaryFile() != null) {
            return new PhotoResult(PhotoAction.UPLOAD, userId, null, result.temporaryFile());
        }
        throw new UnexpectedResponseException("POST " + photoPath(userId) + ": the upload answered success but no"
                + " photo URLs", null);
    }

    /**
     * With {@code prepare}, uploads the file as DocSpace keeps it (see {@link PhotoPreparer}): any PNG, JPEG, GIF,
     * BMP or WebP, upright, within 1280 x 1280 and {@code maxUploadBytes}, without metadata. The prepared
     * temporary file is deleted afterwards, whatever happens. Without, the same as {@link #upload(String, Path,
     * boolean)}.
     */
    public PhotoResult upload(String userId, Path file, boolean autosave, boolean prepare) {
        if (!prepare) {
            return upload(userId, file, autosave);
        }
        PhotoRequest.checkUserId(userId);
        try (PreparedPhoto prepared = PhotoPreparer.prepare(file, settings.maxUploadBytes())) {
            return upload(userId, prepared.path(), autosave);
        }
    }

    /**
     * Opens the image of one size of the user's photo: asks DocSpace for the photo's URLs ({@link #get}), then
     * fetches that URL with the same credentials (sent only to the portal's own origin) and the same retries as
     * {@code get}. The answer must be HTTP 200, {@code image/*} and start like a PNG, JPEG, GIF, BMP or WebP image;
     * a login page or a JSON error is an {@link UnexpectedResponseException}. Nothing is read beyond those first
     * bytes until {@link PhotoDownload#writeTo}; close it. A user without a photo gets DocSpace's default avatar.
     */
    public PhotoDownload download(String userId, PhotoSize size) {
        String id = PhotoRequest.checkUserId(userId);
        PhotoSize checked = PhotoSize.require(size);
        return downloads.open(id, checked, get(id).urls().url(checked));
    }

    /**
     * {@link #download(String, PhotoSize)} of the photo a result describes, without asking DocSpace for its URLs
     * again. If the photo has changed since, its old files may be gone: that is an error, not another image.
     */
    public PhotoDownload download(PhotoResult photo, PhotoSize size) {
        if (photo == null || photo.urls() == null) {
            throw new InvalidInputException("photo", photo == null ? null : photo.summary(),
                    "has no URLs: give the result of get, upload (with autosave), update, delete or thumbnails");
        }
        String id = PhotoRequest.checkUserId(photo.userId());
        PhotoSize checked = PhotoSize.require(size);
        return downloads.open(id, checked, photo.urls().url(checked));
    }

    /** {@link #download(String, PhotoSize)} with the size by name: original, retina, max, big, medium or small. */
    public PhotoDownload download(String userId, String size) {
        PhotoRequest.checkUserId(userId);
        return download(userId, PhotoSize.parse(size));
    }

    /**
     * Saves the image of one size of the user's photo to {@code target}: a file, or an existing folder in which it
     * is named {@link PhotoDownload#defaultFileName()} ({@code john-small.png}). An existing file is replaced only
     * with {@code overwrite}; the file is written beside and moved into place when complete, so it is never
     * half-written. A connection that breaks mid-image is retried as a whole, as {@code get} would be.
     */
    public DownloadedPhoto download(String userId, PhotoSize size, Path target, boolean overwrite) {
        String id = PhotoRequest.checkUserId(userId);
        PhotoSize checked = PhotoSize.require(size);
        PhotoDownloads.checkTarget(target, overwrite);
        return downloads.save(id, checked, get(id).urls().url(checked), target, overwrite);
    }

    private static ApiResponse<FileUploadResultDto> uploadOnce(PeoplePhotosApi api, String userId, PhotoFile photo,
                                                               boolean autosave) {
        try (InputStream content = Files.newInputStream(photo.path())) {
            List<EntityPart> form = List.of(
                    EntityPart.withName("File")
                            .fileName(photo.path().getFileName().toString())
                            .mediaType(MediaType.valueOf(photo.mediaType()))
                            .content(content)
                            .build(),
                    // Always sent: 3.6 servers fail without it, 3.7 servers default it to false.
                    EntityPart.withName("Autosave")
                            .mediaType(MediaType.TEXT_PLAIN_TYPE)
                            .content(Boolean.toString(autosave))
                            .build());
            return api.uploadMemberPhoto(userId, form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T call(String method, String userId, String suffix, Repeat repeat,
                       Function<PeoplePhotosApi, ApiResponse<T>> request) {
        String requestLine = method + " " + photoPath(userId) + suffix;
        return retrier.call(requestLine, userId, repeat, () -> {
            Credentials.Token sent = login == null ? null : login.current();
            try {
                return attempt(requestLine, request);
            } catch (DocSpaceAuthenticationException refused) {
                if (login == null) {
                    throw refused;
                }
                // The token was revoked or expired early. A refused request was not acted on, so even an upload
                // may be sent again, once, with a new token.
                login.renewAfterRejection(sent);
                return attempt(requestLine, request);
            }
        });
    }

    /** One request; a failure comes out translated, with any secret the server echoed masked. */
    private <T> T attempt(String requestLine, Function<PeoplePhotosApi, ApiResponse<T>> request) {
        try {
            return withApi(api -> LibraryClassLoader.run(() -> unwrap(request.apply(api), requestLine)));
        } catch (UncheckedIOException e) {
            throw new InvalidInputException("file", null, "cannot be read: " + e.getCause().getMessage());
        } catch (RuntimeException e) {
            throw mask().applyTo(Failures.translate(e, requestLine, settings.server()));
        }
    }

    private <T> T withApi(Function<PeoplePhotosApi, T> use) {
        PeoplePhotosApi client;
        synchronized (lock) {
            if (api == null) {
                api = build();
            }
            client = api;
            callsInProgress++;
        }
        try {
            return use.apply(client);
        } finally {
            synchronized (lock) {
                callsInProgress--;
                closeIfUnused();
            }
        }
    }

    private PeoplePhotosApi build() {
        CredentialsFilter authentication = new CredentialsFilter(this::currentCredentials);
        return LibraryClassLoader.run(() -> {
            return builder(settings).register(authentication).build(PeoplePhotosApi.class);
        });
    }

    private Credentials currentCredentials() {
        return login == null ? settings.credentials() : login.current();
    }

    /** Dropped from the cache: its connections are closed now, or when the last call using it ends. */
    private void retire() {
        synchronized (lock) {
            retired = true;
            closeIfUnused();
        }
    }

    private void closeIfUnused() {
        if (retired && callsInProgress == 0 && api != null) {
            close(api);
            api = null;
        }
    }

    /** Whether it holds no open client now (it builds one again if used); for tests. */
    boolean isClosed() {
        synchronized (lock) {
            return api == null;
        }
    }

    private SecretMask mask() {
        List<String> secrets = new ArrayList<>(login == null ? settings.credentials().secrets() : login.secrets());
        if (settings.proxy() != null) {
            secrets.addAll(settings.proxy().secrets());
        }
        return SecretMask.of(secrets);
    }

    private PhotoResult urls(PhotoAction action, String userId, ThumbnailsDataDto dto) {
        return withAbsoluteUrls(action, userId, PhotoUrls.of(dto));
    }

    private PhotoResult withAbsoluteUrls(PhotoAction action, String userId, PhotoUrls urls) {
        return new PhotoResult(action, userId, urls, null, urls.resolvedAgainst(settings.server()));
    }

    private static <T> T unwrap(ApiResponse<T> envelope, String requestLine) {
        if (envelope == null || envelope.getResponse() == null) {
            throw new UnexpectedResponseException(requestLine + ": the answer has no 'response'", null);
        }
        return envelope.getResponse();
    }

    private static String photoPath(String userId) {
        return "/api/2.0/people/" + userId + "/photo";
    }

    private static RestClientBuilder plainBuilder(DocSpaceSettings settings) {
        return Engines.configure(settings, RestClientBuilder.newBuilder().baseUri(settings.server()));
    }

    /**
     * For the photo calls, which may carry large bodies. Not for the login: over HttpURLConnection (Jersey) a
     * streamed request loses the body of a 401 answer, and with it DocSpace's message.
     */
    private static RestClientBuilder builder(DocSpaceSettings settings) {
        return plainBuilder(settings)
                // Jersey buffers a whole body in memory unless it may send it chunked.
                .property("jersey.config.client.request.entity.processing", "CHUNKED");
    }

    private static void close(Object client) {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // nothing left to release that matters
            }
        }
    }
}
