package io.github.docspacephoto.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routes of the API, matched as ASP.NET Core routing does (literal segments in any case, an optional trailing
 * slash), each with the C# action that answers it (NOTES.md §2).
 */
enum Operation {
    GET_MEMBER_PHOTO("GET", Operation.PHOTO, "PhotoController.GetMemberPhoto(GetUserPhotoRequestDto inDto)"),
    DELETE_MEMBER_PHOTO("DELETE", Operation.PHOTO, "PhotoController.DeleteMemberPhoto(GetUserPhotoRequestDto inDto)"),
    UPDATE_MEMBER_PHOTO("PUT", Operation.PHOTO, "PhotoController.UpdateMemberPhoto(UpdatePhotoMemberRequestDto inDto)"),
    UPLOAD_MEMBER_PHOTO("POST", Operation.PHOTO, "PhotoController.UploadMemberPhoto(UploadMemberPhotoRequestDto inDto)"),
    CREATE_MEMBER_PHOTO_THUMBNAILS("POST", "/api/2\\.0/people/([^/]+)/photo/thumbnails/?",
            "PhotoController.CreateMemberPhotoThumbnails(ThumbnailsRequestDto inDto)"),
    AUTHENTICATE_ME("POST", "/api/2\\.0/authentication/?", "AuthenticationController.AuthenticateMe(AuthRequestsDto inDto)");

    private static final String PHOTO = "/api/2\\.0/people/([^/]+)/photo/?";

    private final String method;
    private final Pattern path;
    private final String action;

    Operation(String method, String path, String action) {
        this.method = method;
        this.path = Pattern.compile(path, Pattern.CASE_INSENSITIVE);
        this.action = action;
    }

    static Optional<Operation> find(String method, String rawPath) {
        return Arrays.stream(values()).filter(o -> o.method.equals(method) && o.matches(rawPath)).findFirst();
    }

    /** The methods routed at this path: empty for an unknown path (404), else what a 405 lists in Allow. */
    static List<String> methodsAt(String rawPath) {
        return Arrays.stream(values()).filter(o -> o.matches(rawPath)).map(o -> o.method).toList();
    }

    /** The {@code {userid}} segment, percent-decoded; null for a route without one. */
    String userId(String rawPath) {
        Matcher matcher = path.matcher(rawPath);
        if (!matcher.matches() || matcher.groupCount() == 0) {
            return null;
        }
        return percentDecode(matcher.group(1));
    }

    /** Decodes %XX in a path; unlike form decoding, '+' stays '+'. */
    static String percentDecode(String rawPath) {
        try {
            return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return rawPath;
        }
    }

    /** The stack line DocSpace's error body would show for this action. */
    String stackFrame() {
        return (this == AUTHENTICATE_ME ? "ASC.Web.Api.Controllers." : "ASC.People.Api.") + action;
    }

    private boolean matches(String rawPath) {
        return path.matcher(rawPath).matches();
    }
}
