/**
 * The local associations that apply for money: their details, legal form and bank account
 * with every change to it.
 */
@ApplicationModule(displayName = "Carriers", allowedDependencies = { "shared", "web" })
package de.foerderfluss.carrier;

import org.springframework.modulith.ApplicationModule;
