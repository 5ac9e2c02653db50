package io.github.docspacephoto.emulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every request that reached the emulator, in order, including those refused or answered by a fault. */
public final class RequestLog {

    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public void clear() {
        requests.clear();
    }

    void add(RecordedRequest request) {
        requests.add(request);
    }
}
