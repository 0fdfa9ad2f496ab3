/**
 * The Safeguarding Advisor: describe a situation, get vetted, ordered, cited next steps.
 *
 * <p>Two packages are the API: {@link org.safeguarding.advisor} (the model and the {@link
 * org.safeguarding.advisor.Advisor}) and {@link org.safeguarding.advisor.json} (the contract's
 * JSON).
 * The engine package is internal and not exported. Content arrives through the {@link
 * org.safeguarding.advisor.BundleProvider} service, which a content module such as {@code
 * org.safeguarding.advisor.content.uk} provides.
 *
 * @uses org.safeguarding.advisor.BundleProvider how {@link
 *     org.safeguarding.advisor.ContentBundle#defaultBundle()} finds the default content
 */
module org.safeguarding.advisor {
  exports org.safeguarding.advisor;
  exports org.safeguarding.advisor.json;

  // Jackson's streaming and tree model only: no data binding onto our types, so nothing is opened.
  requires com.fasterxml.jackson.databind;
  // Immutables' annotations are needed to compile only (they are not kept at run time): the
  // Automatic-Module-Name of org.immutables:value-annotations, a provided dependency.
  requires static org.immutables.value.annotations;

  uses org.safeguarding.advisor.BundleProvider;
}
