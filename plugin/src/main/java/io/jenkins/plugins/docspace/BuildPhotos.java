package io.jenkins.plugins.docspace;

import hudson.model.Item;
import hudson.model.Run;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.GET;

/**
 * The build page's "DocSpace photos": per step, the action, the user, the result and small copies of the photo as
 * it was then, kept in the build's folder and served from there to those who may read the job. No DocSpace URL or
 * credential reaches the browser, and the page still shows what each step saw after the photo changes.
 */
public final class BuildPhotos implements RunAction2 {

    static final String URL_NAME = "docspace-photos";
    /** Steps recorded per build; later ones are only counted, so that a loop cannot grow the build's record. */
    static final int MAX_ENTRIES = 100;

    private static final Object CREATION = new Object();

    /** Copied on write: the build may be saved by another thread while a step adds to it. */
    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private int notRecorded;
    private int stepsWithImages;
    private transient Run<?, ?> run;

    /** The build's record, added on first use (steps of parallel branches may ask at once). */
    static BuildPhotos of(Run<?, ?> run) {
        synchronized (CREATION) {
            BuildPhotos photos = run.getAction(BuildPhotos.class);
            if (photos == null) {
                photos = new BuildPhotos();
                run.addAction(photos);
            }
            return photos;
        }
    }

    /** Adds a step (or counts it, past the limit) and saves the build. */
    void add(Entry entry) throws IOException {
        synchronized (this) {
            if (entries.size() < MAX_ENTRIES) {
                entries.add(entry);
            } else {
                notRecorded++;
            }
        }
        run.save();
    }

    /** The number under which a step's copies are kept, or 0 once the build keeps no more. */
    synchronized int reserveImages() {
        return stepsWithImages < PhotoSnapshots.MAX_STEPS_WITH_IMAGES ? ++stepsWithImages : 0;
    }

    /** Where the copies of the images are kept: inside the build's folder, deleted with the build. */
    Path folder() {
        return new File(run.getRootDir(), URL_NAME).toPath();
    }

    public List<Entry> getEntries() {
        return List.copyOf(entries);
    }

    public synchronized int getNotRecorded() {
        return notRecorded;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public String getIconFileName() {
        return "symbol-person-circle";
    }

    @Override
    public String getDisplayName() {
        return "DocSpace photos";
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    @Override
    public void onAttached(Run<?, ?> run) {
        this.run = run;
    }

    @Override
    public void onLoad(Run<?, ?> run) {
        this.run = run;
    }

    /** {@code image/<file name>}: one of the kept copies, by the exact name recorded for it. */
    @GET
    public void doImage(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        run.checkPermission(Item.READ);
        String name = request.getRestOfPath().replaceFirst("^/", "");
        Optional<Image> image = getEntries().stream().flatMap(entry -> entry.getImages().stream())
                .filter(kept -> kept.getFileName().equals(name)).findFirst();
        Path file = folder().resolve(name);
        if (image.isEmpty() || !Files.isRegularFile(file)) {
            response.sendError(404);
            return;
        }
        response.setContentType(image.get().getMediaType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }

    /** One step: what it did to whose photo, how it ended, and the copies kept of the photo it left. */
    public static final class Entry {
        private final String action;
        private final String userId;
        private final boolean successful;
        private final String outcome;
        private final List<Image> images;
        private final String note;

        Entry(String action, String userId, boolean successful, String outcome, List<Image> images, String note) {
            this.action = action;
            this.userId = userId;
            this.successful = successful;
            this.outcome = outcome;
            this.images = List.copyOf(images);
            this.note = note;
        }

        public String getAction() {
            return action;
        }

        public String getUserId() {
            return userId;
        }

        public boolean isSuccessful() {
            return successful;
        }

        public String getOutcome() {
            return outcome;
        }

        public List<Image> getImages() {
            return images == null ? List.of() : images;
        }

        /** Why no copies were kept, when that is worth saying. */
        public String getNote() {
            return note;
        }
    }

    /** A kept copy of one size of the photo. */
    public static final class Image {
        /** original, ..., small: {@code size} would not do, as Jelly's expressions reserve the word. */
        private final String photoSize;
        private final String fileName;
        private final String mediaType;
        private final int width;
        private final int height;

        Image(String photoSize, String fileName, String mediaType, int width, int height) {
            this.photoSize = photoSize;
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.width = width;
            this.height = height;
        }

        public String getPhotoSize() {
            return photoSize;
        }

        public String getFileName() {
            return fileName;
        }

        public String getMediaType() {
            return mediaType;
        }

        public int getWidth() {
            return width;
        }

        public int getHeight() {
            return height;
        }
    }
}
