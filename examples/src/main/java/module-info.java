/**
 * The example applications, as a modular application would embed the library: it requires only
 * {@code org.safeguarding.advisor}; the UK content module is found as a service provider.
 *
 * <p>The shaded {@code advisor-cli.jar} runs on the class path (its module descriptors are left
 * out); this descriptor is what the module-path run ({@code ModulePathIT}) uses.
 */
module org.safeguarding.advisor.examples {
  requires org.safeguarding.advisor;
}
