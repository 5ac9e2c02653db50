package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.photo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/** Every request that reached the emulator, in order, with the status it got (RequestLog). */
public class RequestLogTest extends EmulatorTestBase {

    @Test
    public void everyRequestIsLoggedInOrderWithItsStatusEvenRefusalsAndFaults() {
        emulator.faults().add("DELETE", "/api/2.0/people/{userid}/photo", Fault.status(502), 1);
        http.get(user, user.userName());
        http.send(http.request(photo(user.id())).GET());
        http.delete(user, user.id());
        http.send(http.request("/nowhere").GET());
        List<RecordedRequest> requests = emulator.requestLog().requests();
        assertEquals(List.of(200, 401, 502, 404), requests.stream().map(RecordedRequest::status).toList());
        assertEquals(List.of("GET", "GET", "DELETE", "GET"), requests.stream().map(RecordedRequest::method).toList());
        assertEquals("Bearer " + user.token(), requests.get(0).header("authorization"));
    }

    @Test
    public void requestIsLoggedBeforeItsAnswerArrives() {
        for (int i = 1; i <= 30; i++) {
            http.get(user, user.id());
            assertEquals(i, emulator.requestLog().requests().size());
        }
    }

    @Test
    public void pathIsDecodedAndRawPathAndQueryAreAsSent() {
        http.send(http.as(user, "/api/2.0/people/%7B" + user.id() + "%7D/photo?a=b%20c").GET());
        RecordedRequest request = emulator.requestLog().requests().get(0);
        assertEquals("/api/2.0/people/{" + user.id() + "}/photo", request.path());
        assertEquals("/api/2.0/people/%7B" + user.id() + "%7D/photo", request.rawPath());
        assertEquals("a=b%20c", request.query());
    }

    @Test
    public void clearEmptiesTheLog() {
        http.get(user, user.id());
        emulator.requestLog().clear();
        assertTrue(emulator.requestLog().requests().isEmpty());
    }
}
