package de.foerderfluss.application;

/** Form rules that depend on the module, before any eligibility rule is applied. */
final class ModuleRules {

	/** Module A pays a flat rate per room of an arrival meeting point. */
	static final String ROOM_BASED_MODULE = "A";

	private ModuleRules() {
	}

	static boolean needsRooms(String moduleCode) {
		return ROOM_BASED_MODULE.equals(moduleCode);
	}

}
