package io.github.docspacephoto.emulator;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** {@code UrlValidator}'s default SSRF blacklist (NOTES.md §5.4), optionally letting loopback through for tests. */
final class AddressBlacklist {

    private static final List<Range> DEFAULT = List.of(
            range("0.0.0.0", 8), range("10.0.0.0", 8), range("100.64.0.0", 10), range("127.0.0.0", 8),
            range("169.254.0.0", 16), range("172.16.0.0", 12), range("192.168.0.0", 16),
            range("::", 128), range("::1", 128), range("fc00::", 8), range("fd00::", 8), range("fe80::", 10));

    private final boolean allowLoopback;

    AddressBlacklist(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    boolean blocks(InetAddress address) {
        if (allowLoopback && address.isLoopbackAddress()) {
            return false;
        }
        return DEFAULT.stream().anyMatch(range -> range.contains(address));
    }

    private record Range(byte[] network, int prefixLength) {
        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixLength; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Range range(String literal, int prefixLength) {
        try {
            return new Range(InetAddress.getByName(literal).getAddress(), prefixLength);
        } catch (UnknownHostException notALiteral) {
            throw new IllegalArgumentException(literal, notALiteral);
        }
    }
}
