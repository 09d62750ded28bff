package de.foerderfluss.application.web;

import java.util.List;
import java.util.Optional;

/** A funding year that takes applications, with its modules. */
record YearOffer(Long id, String programmeCode, String programmeName, int year, List<ModuleOffer> modules) {

	Optional<ModuleOffer> module(String code) {
		return this.modules.stream().filter((module) -> module.code().equals(code)).findFirst();
	}

}
