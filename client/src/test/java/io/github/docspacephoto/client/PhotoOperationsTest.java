package io.github.docspacephoto.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.Test;

public class PhotoOperationsTest extends ClientTestBase {

    @Test
    public void getOfAUserWithoutPhotoGivesTheDefaultAvatars() {
        PhotoResult result = photosOf(user).get(user.id());
        assertEquals(PhotoAction.GET, result.action());
        assertTrue(result.urls().small(), result.urls().small().contains("default_user_photo_size_32-32.png"));
    }

    @Test
    public void uploadMakesThePhotoAndEveryThumbnailHasItsSize() throws Exception {
        PhotoResult result = photosOf(user).upload(user.userName(), image("png", 1600, 1000), true);
        BufferedImage original = download(result.urls().original());
        assertEquals(1280, original.getWidth());
        assertEquals(800, original.getHeight());
        assertEquals(360, download(result.urls().retina()).getWidth());
        assertEquals(200, download(result.urls().max()).getWidth());
        assertEquals(82, download(result.urls().big()).getWidth());
        assertEquals(48, download(result.urls().medium()).getWidth());
        assertEquals(32, download(result.urls().small()).getHeight());
        assertEquals(result.urls(), photosOf(user).get(user.id()).urls());

        String sent = requests().get(0).header("Content-Type");
        assertTrue(sent, sent.startsWith("multipart/form-data"));
    }

    @Test
    public void jpegUploadWorksToo() throws Exception {
        PhotoResult result = photosOf(user).upload(user.id(), image("jpg", 300, 300), true);
        assertTrue(result.urls().original(), result.urls().original().contains(".jpeg?hash="));
    }

    @Test
    public void uploadWithoutAutosaveGivesATemporaryFileThatThumbnailsTurnIntoThePhoto() throws Exception {
        DocSpacePhotos photos = photosOf(user);
        PhotoResult temporary = photos.upload(user.id(), image("png", 500, 400), false);
        assertNull(temporary.urls());
        assertTrue(temporary.tmpFile(), temporary.tmpFile().startsWith("/storage/userPhotos/temp/"));
        assertTrue(temporary.summary(), temporary.summary().contains("tmpFile"));

        PhotoResult photo = photos.thumbnails(user.id(), CropRectangle.WHOLE_PHOTO, temporary.tmpFile());
        assertTrue(photo.urls().original(), photo.urls().original().contains("_orig_500-400.png"));
    }

    @Test
    public void thumbnailsCropTheCurrentPhotoAndChangeTheHash() throws Exception {
        DocSpacePhotos photos = photosOf(user);
        PhotoResult uploaded = photos.upload(user.id(), image("png", 400, 400), true);
        PhotoResult cropped = photos.thumbnails(user.id(), new CropRectangle(10, 20, 100, 100), null);
        assertNotEquals(uploaded.urls().max(), cropped.urls().max());
        assertEquals(200, download(cropped.urls().max()).getWidth());
        assertTrue(requests().get(1).path().endsWith("/photo/thumbnails"));
    }

    @Test
    public void updateFromUrlLetsTheServerFetchThePhoto() throws Exception {
        String source = photosOf(admin).upload(admin.id(), image("png", 640, 480), true).urls().original();
        PhotoResult updated = photosOf(user).update(user.id(), emulator.baseUri() + source);
        assertTrue(updated.urls().original(), updated.urls().original().contains(user.id() + "_orig_640-480"));
    }

    @Test
    public void deleteGoesBackToTheDefaults() throws Exception {
        DocSpacePhotos photos = photosOf(user);
        photos.upload(user.id(), image("png", 100, 100), true);
        PhotoResult deleted = photos.delete(user.id());
        assertTrue(deleted.urls().original().startsWith("/static/images/default_user_photo"));
        assertEquals(deleted.summary(), "Deleted the photo of user '" + user.id() + "': original "
                + emulator.baseUri() + deleted.urls().original());
    }

    @Test
    public void executeRunsEachActionFromOneRequestObject() throws Exception {
        DocSpacePhotos photos = photosOf(user);
        PhotoResult upload = photos.execute(PhotoRequest.builder(PhotoAction.parse("Upload"), user.userName())
                .file(image("png", 300, 200)).build());
        PhotoResult crop = photos.execute(PhotoRequest.builder(PhotoAction.THUMBNAILS, user.userName())
                .crop(new CropRectangle(0, 0, 50, 50)).build());
        PhotoResult get = photos.execute(PhotoRequest.builder(PhotoAction.GET, user.userName()).build());
        assertEquals(crop.urls(), get.urls());
        assertNotEquals(upload.urls(), crop.urls());
        Map<String, Object> map = get.toMap();
        assertEquals("get", map.get("action"));
        assertEquals(get.urls().retina(), map.get("retina"));
        photos.execute(PhotoRequest.builder(PhotoAction.DELETE, user.userName()).build());
        assertEquals(4, requests().size());
    }
}
