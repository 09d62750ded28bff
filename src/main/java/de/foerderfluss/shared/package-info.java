/**
 * Money, dates, the domain's exceptions and verdicts, and the language decision that
 * every module speaks.
 */
@ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
package de.foerderfluss.shared;

import org.springframework.modulith.ApplicationModule;
