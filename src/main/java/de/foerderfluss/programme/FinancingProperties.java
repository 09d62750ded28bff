package de.foerderfluss.programme;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The type and form of financing per module code (A, B, …), with a default for modules
 * not named.
 *
 * @param defaults the terms of a module not named in {@code modules}
 * @param modules the terms per module code
 */
@ConfigurationProperties("foerderfluss.financing")
public record FinancingProperties(FinancingTerms defaults, Map<String, FinancingTerms> modules) {

	public FinancingProperties {
		defaults = (defaults != null) ? defaults : new FinancingTerms(null, null, null, null);
		modules = (modules != null) ? Map.copyOf(new HashMap<>(modules)) : Map.of();
	}

	/** The terms of the module with the code; the defaults where it is not named. */
	public FinancingTerms termsFor(String moduleCode) {
		return (moduleCode != null) ? this.modules.getOrDefault(moduleCode, this.defaults) : this.defaults;
	}

}
