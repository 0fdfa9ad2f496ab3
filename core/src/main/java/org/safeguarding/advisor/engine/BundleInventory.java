package org.safeguarding.advisor.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.Rule;
import org.safeguarding.advisor.SituationFact;
import org.safeguarding.advisor.engine.BundleLoader.ContactDef;
import org.safeguarding.advisor.engine.BundleLoader.Manifest;
import org.safeguarding.advisor.engine.BundleLoader.RuleDef;

/**
 * What a checked bundle holds, as immutable values for an application to list: its contacts (for
 * a helpline page), its rules with their descriptions and the facts they read (to explain a
 * plan), the jurisdictions it covers and its release date. Built once, when the bundle is loaded.
 *
 * <p>Public only so that the API package can offer it; not exported from the module.
 */
public final class BundleInventory {
  private final List<Contact> contacts;
  private final List<Rule> rules;
  private final List<Jurisdiction> jurisdictions;
  private final LocalDate releaseDate;

  private BundleInventory(List<Contact> contacts, List<Rule> rules,
      List<Jurisdiction> jurisdictions, LocalDate releaseDate) {
    this.contacts = List.copyOf(contacts);
    this.rules = List.copyOf(rules);
    this.jurisdictions = List.copyOf(jurisdictions);
    this.releaseDate = releaseDate;
  }

  static BundleInventory of(Manifest manifest, Map<String, ContactDef> contacts,
      List<RuleDef> ruleDefs) {
    List<Contact> contactValues = new ArrayList<>();
    contacts.values().forEach(def -> contactValues.add(def.contact()));
    List<Rule> rules = new ArrayList<>();
    for (RuleDef def : ruleDefs) {
      int mask = def.when().factsRead();
      rules.add(Rule.of(def.id(), def.description(), readsOf(mask), def.sources()));
    }
    return new BundleInventory(contactValues, rules, manifest.jurisdictions(),
        manifest.releaseDate());
  }

  /** The facts a condition reads, from its mask of fact slots, in the contract's order. */
  static List<SituationFact<?>> readsOf(int mask) {
    List<SituationFact<?>> reads = new ArrayList<>();
    for (Fact fact : Fact.ALL) {
      if ((mask & (1 << fact.slot)) != 0) {
        reads.add(SituationFact.ofPath(fact.path).orElseThrow());
      }
    }
    return reads;
  }

  /** {@return every contact, in the bundle's order} */
  public List<Contact> contacts() {
    return contacts;
  }

  /** {@return every rule, in the bundle's order} */
  public List<Rule> rules() {
    return rules;
  }

  /** {@return the jurisdictions the bundle covers, as its manifest lists them} */
  public List<Jurisdiction> jurisdictions() {
    return jurisdictions;
  }

  /** {@return the date the content was released} */
  public LocalDate releaseDate() {
    return releaseDate;
  }
}
