/**
 * Who may do what: user accounts, roles, sign-in, and the URL rules each module
 * contributes.
 */
@ApplicationModule(displayName = "Security and people", allowedDependencies = { "carrier", "shared", "web" })
package de.foerderfluss.security;

import org.springframework.modulith.ApplicationModule;
