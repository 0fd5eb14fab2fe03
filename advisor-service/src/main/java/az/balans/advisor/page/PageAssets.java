package az.balans.advisor.page;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The page's stylesheet and script, read once from the classpath and served under a path that
 * holds their content hash, so browsers may keep them for a year and still never run a stale one.
 */
@Singleton
public class PageAssets {

    /** One asset: its bytes, its media type and the path it is served under. */
    public record Asset(byte[] bytes, String mediaType, String path) {}

    private static final Map<String, String> MEDIA_TYPES =
            Map.of(
                    "page.css",
                    "text/css; charset=utf-8",
                    "page.js",
                    "text/javascript; charset=utf-8",
                    "sw.js",
                    "text/javascript; charset=utf-8",
                    "manifest.webmanifest",
                    "application/manifest+json",
                    "icon-192.png",
                    "image/png",
                    "icon-512.png",
                    "image/png");

    private final Map<String, Asset> byName;

    PageAssets() {
        this.byName =
                MEDIA_TYPES.keySet().stream()
                        .collect(
                                java.util.stream.Collectors.toUnmodifiableMap(
                                        name -> name, PageAssets::load));
    }

    /**
     * An asset served under a name that never changes: the service worker (its scope is where it
     * is served from), the web app manifest and its icons (the manifest names them).
     */
    public Asset fixed(String name) {
        return byName.get(name);
    }

    /** The path to link to, such as {@code /assets/3fa2c1b0d9e8/page.css}. */
    public String path(String name) {
        return byName.get(name).path();
    }

    /** The asset at {@code hash/name}, if that is its current hash. */
    public Optional<Asset> find(String hash, String name) {
        return Optional.ofNullable(byName.get(name))
                .filter(asset -> asset.path().equals("/assets/" + hash + "/" + name));
    }

    private static Asset load(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream("/page-assets/" + name)) {
            byte[] bytes = in.readAllBytes();
            String hash =
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                            .substring(0, 12);
            return new Asset(bytes, MEDIA_TYPES.get(name), "/assets/" + hash + "/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException("page asset " + name + " is missing", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
