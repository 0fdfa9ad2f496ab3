package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.Test;

/** Advisor.builder(): eager checks with exact messages, a pinned digest, memo statistics, providers. */
class AdvisorBuilderTest {
  private final ContentBundle fixture = Fixture.bundle();
  private static final Situation SITUATION =
      Situation.builder().childAge(14).addConcern(Concern.SHARED_OWN_IMAGE).build();

  @Test
  void eachSettingIsCheckedWhenGivenAndMayBeGivenOnce() {
    assertEquals("the memo size was already set to 0", assertThrows(IllegalStateException.class,
        () -> Advisor.builder().memoSize(0).memoSize(8)).getMessage());
    for (int bad : new int[] {-1, 1, 3, 4095, 1 << 21}) {
      assertEquals("memo size must be 0 (remember nothing) or a power of two from 2 to 1048576,"
          + " was " + bad, assertThrows(IllegalArgumentException.class,
              () -> Advisor.builder().memoSize(bad)).getMessage());
    }
    assertEquals("the bundle was already given", assertThrows(IllegalStateException.class,
        () -> Advisor.builder().bundle(fixture).bundleId("uk")).getMessage());
    assertEquals("the bundle was already given", assertThrows(IllegalStateException.class,
        () -> Advisor.builder().bundleId("uk").bundle(fixture)).getMessage());
    assertEquals("a bundle id must not be blank", assertThrows(IllegalArgumentException.class,
        () -> Advisor.builder().bundleId(" ")).getMessage());
    String noLoader = "a class loader finds a bundle by its id; it cannot be used with a loaded"
        + " bundle";
    ClassLoader loader = getClass().getClassLoader();
    assertEquals(noLoader, assertThrows(IllegalStateException.class,
        () -> Advisor.builder().bundle(fixture).classLoader(loader)).getMessage());
    assertEquals(noLoader, assertThrows(IllegalStateException.class,
        () -> Advisor.builder().classLoader(loader).bundle(fixture)).getMessage());
    assertEquals("the class loader was already set", assertThrows(IllegalStateException.class,
        () -> Advisor.builder().classLoader(loader).classLoader(loader)).getMessage());
    for (String bad : List.of("", "sha256:", "SHA256:" + "a".repeat(64), "sha256:" + "A".repeat(64),
        "sha256:" + "a".repeat(63), "sha256:" + "a".repeat(65), "md5:" + "a".repeat(64))) {
      assertEquals("an expected digest is 'sha256:' and 64 lower-case hex digits",
          assertThrows(IllegalArgumentException.class,
              () -> Advisor.builder().expectedDigest(bad)).getMessage(), bad);
    }
    String digest = "sha256:" + "0".repeat(64);
    assertEquals("the expected digest was already set", assertThrows(IllegalStateException.class,
        () -> Advisor.builder().expectedDigest(digest).expectedDigest(digest)).getMessage());
    assertThrows(NullPointerException.class, () -> Advisor.builder().bundle(null));
    assertThrows(NullPointerException.class, () -> Advisor.builder().bundleId(null));
    assertThrows(NullPointerException.class, () -> Advisor.builder().expectedDigest(null));
    assertThrows(NullPointerException.class, () -> Advisor.builder().classLoader(null));
  }

  @Test
  void aPinnedDigestAcceptsItsBundleAndRefusesAnyOther() {
    String digest = fixture.identity().digest();
    Advisor pinned = Advisor.builder().bundle(fixture).expectedDigest(digest).build();
    assertSame(fixture, pinned.bundle());
    // The same content re-signed after a change: its own digest is consistent, but not the pinned.
    ContentBundle resigned = ContentBundle.load(Fixture.edited("steps.json",
        json -> json.replace("\"Call now\"", "\"Call at once\"")));
    InvalidBundleException e = assertThrows(InvalidBundleException.class,
        () -> Advisor.builder().bundle(resigned).expectedDigest(digest).build());
    assertEquals(List.of("bundle 'fixture' has the digest " + resigned.identity().digest()
        + ", not the expected " + digest + ": its content is not the content that was pinned"),
        e.problems());
  }

  @Test
  void aPinnedDigestRefusesAReSignedManifest() {
    // A bundle whose manifest was changed (here: its review date moved) and re-signed is
    // consistent with itself, but it is not what the reviewer pinned.
    String digest = fixture.identity().digest();
    ContentBundle resigned = ContentBundle.load(Fixture.edited("manifest.json",
        json -> json.replaceFirst("\"reviewBy\": \"[0-9-]+\"", "\"reviewBy\": \"2098-01-01\"")));
    assertNotEquals(digest, resigned.identity().digest());
    assertThrows(InvalidBundleException.class,
        () -> Advisor.builder().bundle(resigned).expectedDigest(digest).build());
  }

  @Test
  void memoStatisticsCountHitsAndMissesPerAdvisor() {
    Advisor advisor = Advisor.builder().bundle(fixture).memoSize(64).build();
    assertEquals(MemoStats.of(64, 0, 0), advisor.memoStats());
    assertEquals(0.0, advisor.memoStats().hitRate());
    Assessment first = advisor.evaluate(SITUATION);
    Assessment again = advisor.evaluate(Situation.builder().from(SITUATION).build());
    assertSame(first, again);
    advisor.evaluate(Situation.empty());
    assertEquals(MemoStats.of(64, 1, 2), advisor.memoStats());
    assertEquals(1.0 / 3, advisor.memoStats().hitRate(), 1e-12);
    // A second advisor on the same bundle has a memo of its own.
    Advisor other = Advisor.builder().bundle(fixture).memoSize(2).build();
    assertNotSame(first, other.evaluate(SITUATION));
    assertEquals(first, other.evaluate(SITUATION));
    assertEquals(MemoStats.of(2, 1, 1), other.memoStats());
    assertEquals(MemoStats.of(64, 1, 2), advisor.memoStats());
    assertTrue(advisor.toString().contains("64 slots"), advisor.toString());
  }

  @Test
  void theDefaultMemoSizeComesFromTheDefaultWhenNoPropertyIsSet() {
    // The property is only a default: the advisor reads it when built, and tests never set it.
    assertEquals(null, System.getProperty("org.safeguarding.advisor.memoSlots"));
    assertEquals(4096, Advisor.forBundle(fixture).memoStats().slots());
    assertEquals(4096, Advisor.builder().bundle(fixture).build().memoStats().slots());
  }

  private static BundleProvider provider(String id) {
    return new BundleProvider() {
      @Override
      public String bundleId() {
        return id;
      }

      @Override
      public BundleSource source() {
        return Fixture.source(Fixture.files());
      }
    };
  }

  @Test
  void aProviderIsChosenOnlyWhenItIsTheOneForItsIdAndNoneFailed() {
    BundleProvider uk = provider("uk");
    assertSame(uk, ContentBundle.provider("uk", List.of(provider("wales"), uk).iterator()));

    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> ContentBundle.provider("uk", List.of(uk, provider("uk")).iterator()));
    assertTrue(twice.getMessage().startsWith("2 bundle providers offer the content bundle 'uk' ("),
        twice.getMessage());
    assertTrue(twice.getMessage().endsWith("); keep one content module for it on the class or"
        + " module path"), twice.getMessage());

    Iterator<BundleProvider> failing = new Iterator<>() {
      int at;

      @Override
      public boolean hasNext() {
        return at < 3;
      }

      @Override
      public BundleProvider next() {
        at++;
        if (at == 2) {
          throw new ServiceConfigurationError("Provider com.example.Broken could not be"
              + " instantiated");
        }
        return at == 1 ? uk : provider("wales");
      }
    };
    IllegalStateException failed = assertThrows(IllegalStateException.class,
        () -> ContentBundle.provider("uk", failing));
    assertEquals("cannot choose the content bundle 'uk': 1 bundle provider failed to load"
        + " (Provider com.example.Broken could not be instantiated)", failed.getMessage());

    IllegalStateException none = assertThrows(IllegalStateException.class,
        () -> ContentBundle.provider("uk", List.of(provider("wales")).iterator()));
    assertEquals("no content bundle 'uk' found (bundles offered: [wales]); add the content module,"
        + " such as advisor-content-uk, to the class or module path", none.getMessage());

    // An iterator that fails for ever is given up on, not followed for ever.
    Iterator<BundleProvider> broken = new Iterator<>() {
      @Override
      public boolean hasNext() {
        throw new ServiceConfigurationError("bad services file");
      }

      @Override
      public BundleProvider next() {
        throw new AssertionError();
      }
    };
    assertFalse(assertThrows(IllegalStateException.class,
        () -> ContentBundle.provider("uk", broken)).getMessage().isEmpty());
  }
}
