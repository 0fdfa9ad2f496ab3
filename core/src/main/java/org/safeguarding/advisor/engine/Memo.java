package org.safeguarding.advisor.engine;

/**
 * A bounded memo from a {@code long} key to an immutable value: a fixed table where each key may
 * sit in one of two slots, so a lookup is two array reads and never allocates. A new value evicts
 * whatever held its slot; nothing else is ever forgotten or grown.
 *
 * <p>Shared by every thread without locks. Slots are read and written without synchronisation, so
 * a thread may miss a value another thread has just put (it then computes it again), but it can
 * never see a half-built one: an entry's fields are final, and the values held are immutable.
 */
final class Memo<V> {
  private final Entry<V>[] slots;
  private final int mask;

  @SuppressWarnings("unchecked")
  Memo(int capacity) {
    if (capacity < 2 || Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity must be a power of two, was " + capacity);
    }
    this.slots = (Entry<V>[]) new Entry<?>[capacity];
    this.mask = capacity - 1;
  }

  /** {@return the value put for this key, or null if it was never put or has been evicted} */
  V get(long key) {
    long hash = mix(key);
    Entry<V> e = slots[first(hash)];
    if (e != null && e.key == key) {
      return e.value;
    }
    e = slots[second(hash)];
    return e != null && e.key == key ? e.value : null;
  }

  void put(long key, V value) {
    long hash = mix(key);
    int first = first(hash);
    int second = second(hash);
    Entry<V> atFirst = slots[first];
    Entry<V> atSecond = slots[second];
    int slot;
    if (atFirst == null || atFirst.key == key) {
      slot = first;
    } else if (atSecond == null || atSecond.key == key) {
      slot = second;
    } else if (movedAside(atFirst, first)) {
      slot = first;
    } else if (movedAside(atSecond, second)) {
      slot = second;
    } else {
      // Both taken and neither can move: evict one, by another bit of the hash, so keys that
      // share a slot do not always evict the same neighbour.
      slot = (hash & (1L << 31)) == 0 ? first : second;
    }
    slots[slot] = new Entry<>(key, value);
  }

  /**
   * Moves an entry to its other slot if that one is empty (one step of cuckoo hashing), so that
   * two keys wanting the same slot can both stay. It is written to its new slot before its old one
   * is reused, so a reader looking for it finds it in one or the other.
   */
  private boolean movedAside(Entry<V> entry, int from) {
    long hash = mix(entry.key);
    int other = first(hash) == from ? second(hash) : first(hash);
    if (slots[other] != null) {
      return false;
    }
    slots[other] = entry;
    return true;
  }

  private int first(long hash) {
    return (int) hash & mask;
  }

  private int second(long hash) {
    return (int) (hash >>> 32) & mask;
  }

  /** The finaliser of SplitMix64: spreads every bit of the key over the whole hash. */
  private static long mix(long key) {
    long z = key;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static final class Entry<V> {
    final long key;
    final V value;

    Entry(long key, V value) {
      this.key = key;
      this.value = value;
    }
  }
}
