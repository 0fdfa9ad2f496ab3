package org.safeguarding.advisor.engine;

import java.util.List;

/**
 * A question. Its choice labels are checked here and read by applications through the views
 * ({@code BundleInventory}), not by the engine.
 */
record QuestionDef(Fact fact, Texts texts, Condition askFirstWhen, List<String> sources) {}
