/**
 * The generic policy engine: bundle loading and checking, the condition language compiled to
 * predicates over a compact encoding of the facts, and planning. Not part of the API: nothing here
 * knows about the UK, and only {@link org.safeguarding.advisor.engine.CompiledBundle}, its one
 * public class, is reached from the API packages (README, "Inside core").
 */
package org.safeguarding.advisor.engine;
