/**
 * What every page and endpoint shares: error answers, formats, form errors and the page
 * layout's model.
 */
@ApplicationModule(displayName = "Web foundation", allowedDependencies = { "shared" })
package de.foerderfluss.web;

import org.springframework.modulith.ApplicationModule;
