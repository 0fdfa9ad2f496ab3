/**
 * The public API: describe a {@link org.safeguarding.advisor.Situation}, get an {@link
 * org.safeguarding.advisor.Assessment} from {@link org.safeguarding.advisor.Advisor}.
 *
 * <p>Every value here is immutable and thread-safe. The generated implementations are hidden: build
 * values with their nested {@code Builder} or their {@code of} factories.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    jdkOnly = true,
    // List.copyOf keeps an already-immutable list as it is: the engine builds its lists once.
    jdk9Collections = true,
    // No @org.immutables.value.Generated on the generated classes: the annotations jar is needed
    // only to compile the core, and an application compiling against Situation.Builder would
    // otherwise warn "Cannot find annotation method 'from()'" for a class it never sees.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
package org.safeguarding.advisor;

import org.immutables.value.Value;
