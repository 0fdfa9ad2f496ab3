package org.safeguarding.advisor.spring;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code advisor.*} properties: which content bundle the auto-configured {@code Advisor} uses,
 * the digest it must have, and whether the REST endpoints are served.
 */
@ConfigurationProperties("advisor")
public class AdvisorProperties {
  private final Bundle bundle = new Bundle();
  private final Web web = new Web();

  /** Properties with their defaults, bound by Spring. */
  public AdvisorProperties() {}

  /** {@return the bundle settings} */
  public Bundle getBundle() {
    return bundle;
  }

  /** {@return the web settings} */
  public Web getWeb() {
    return web;
  }

  /** Which content bundle to load, and how strictly. */
  public static class Bundle {
    /**
     * Directory of a content bundle to load instead of the default (UK) bundle found on the class
     * path.
     */
    private Path path;

    /**
     * Content digest ("sha256:" and 64 hex digits) the bundle must have: any other bundle is
     * refused at start-up. Pin the digest of the bundle a reviewer signed off.
     */
    private String expectedDigest;

    /**
     * Whether a bundle that cannot be loaded (broken, missing, or with another digest) stops the
     * application from starting. When false the application starts, its health is DOWN and the
     * endpoints answer 503.
     */
    private boolean failFast = true;

    /** Settings with their defaults. */
    public Bundle() {}

    /** {@return the bundle directory, or null for the default bundle} */
    public Path getPath() {
      return path;
    }

    /**
     * Sets the bundle directory.
     *
     * @param path the directory, or null for the default bundle
     */
    public void setPath(Path path) {
      this.path = path;
    }

    /** {@return the digest the bundle must have, or null to accept any valid bundle} */
    public String getExpectedDigest() {
      return expectedDigest;
    }

    /**
     * Pins the bundle's digest.
     *
     * @param expectedDigest {@code sha256:<hex>}, or null
     */
    public void setExpectedDigest(String expectedDigest) {
      this.expectedDigest = expectedDigest;
    }

    /** {@return whether a bundle that cannot be loaded stops the start-up} */
    public boolean isFailFast() {
      return failFast;
    }

    /**
     * Sets whether a bundle that cannot be loaded stops the start-up.
     *
     * @param failFast true to refuse to start
     */
    public void setFailFast(boolean failFast) {
      this.failFast = failFast;
    }
  }

  /** The optional REST endpoints. */
  public static class Web {
    /**
     * Whether to serve the REST endpoints: POST /api/assess, GET /api/bundle and GET
     * /api/openapi.json (needs a servlet web application).
     */
    private boolean enabled = false;

    /** Settings with their defaults. */
    public Web() {}

    /** {@return whether the endpoints are served} */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Turns the endpoints on or off.
     *
     * @param enabled true to serve them
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
