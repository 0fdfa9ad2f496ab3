/**
 * The UK content bundle: vetted, cited content as data, offered to {@code org.safeguarding.advisor}
 * as a {@link org.safeguarding.advisor.BundleProvider} service.
 *
 * <p>The bundle's files are resources in {@code org/safeguarding/advisor/bundles/uk}; on the module
 * path that folder is an encapsulated package of this module, read only by {@link
 * org.safeguarding.advisor.content.uk.UkBundleProvider}, so nothing is exported or opened. The
 * provider is also registered in {@code META-INF/services} for the class path.
 *
 * @provides org.safeguarding.advisor.BundleProvider the UK bundle, id {@code uk}
 */
module org.safeguarding.advisor.content.uk {
  requires org.safeguarding.advisor;

  provides org.safeguarding.advisor.BundleProvider
      with org.safeguarding.advisor.content.uk.UkBundleProvider;
}
