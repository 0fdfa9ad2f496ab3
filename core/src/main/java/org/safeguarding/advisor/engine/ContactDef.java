package org.safeguarding.advisor.engine;

import java.util.List;
import org.safeguarding.advisor.Contact;

/** A checked contact, and the ids of the sources it cites. */
record ContactDef(Contact contact, List<String> sources) {}
