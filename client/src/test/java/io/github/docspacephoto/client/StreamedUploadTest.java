package io.github.docspacephoto.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.github.docspacephoto.emulator.RecordedRequest;
import org.junit.Test;

/**
 * An upload goes from its file to the connection as it is read, chunked, on every implementation: not first copied
 * to memory or to a temporary file (RESTEasy's engine did so, and refused bodies past 50 MB).
 */
public class StreamedUploadTest extends ClientTestBase {

    @Test
    public void anUploadIsSentChunked() throws Exception {
        PhotoResult uploaded = photosOf(user).upload(user.id(), image("png", 300, 200), true);

        RecordedRequest upload = requests().get(0);
        assertEquals("POST", upload.method());
        assertEquals("chunked", upload.header("Transfer-Encoding"));
        assertNull(upload.header("Content-Length"));
        assertEquals(uploaded.urls(), photosOf(user).get(user.id()).urls());
    }
}
