package de.foerderfluss.application.web;

import de.foerderfluss.shared.Money;

/**
 * A module a carrier may apply for in an open funding year, with its limit by the rules.
 *
 * @param code A, B, C or D
 * @param name the module's name in the catalogue
 * @param description the module's description in the catalogue, or null
 * @param needsRooms whether the application names its rooms (module A)
 * @param maximum the most the rules grant per application, or null when they set none
 * @param perRoom the flat rate per room, for a room-based module; else null
 * @param maxRooms the most rooms the flat rate counts, for a room-based module
 * @param actualCostsUpTo planned costs up to this amount are funded as they are, for a
 * room-based module; else null
 */
record ModuleOffer(String code, String name, String description, boolean needsRooms, Money maximum, Money perRoom,
		int maxRooms, Money actualCostsUpTo) {

}
