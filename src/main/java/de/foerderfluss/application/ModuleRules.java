package de.foerderfluss.application;

/** Form rules that depend on the module, before any eligibility rule is applied. */
public final class ModuleRules {

	/** Module A pays a flat rate per room of an arrival meeting point. */
	static final String ROOM_BASED_MODULE = "A";

	private ModuleRules() {
	}

	/** Whether an application for the module names its number of rooms. */
	public static boolean needsRooms(String moduleCode) {
		return ROOM_BASED_MODULE.equals(moduleCode);
	}

}
