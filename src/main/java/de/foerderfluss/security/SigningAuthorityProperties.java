package de.foerderfluss.security;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may sign what in the authority's name (Zeichnungsbefugnis): per role, the acts it
 * signs and the highest amount it signs them for. A role that is not named signs nothing.
 *
 * @param roles the grant of each role
 */
@ConfigurationProperties("foerderfluss.signing-authority")
public record SigningAuthorityProperties(Map<Role, Grant> roles) {

	public SigningAuthorityProperties {
		roles = (roles != null && !roles.isEmpty()) ? new EnumMap<>(roles) : Map.of();
	}

	Grant grantOf(Role role) {
		return this.roles.get(role);
	}

	/**
	 * What one role may sign.
	 *
	 * @param acts the acts the role signs
	 * @param upTo the highest amount it signs them for (the amount granted, refused or
	 * reclaimed); none: no limit
	 */
	public record Grant(Set<SignedAct> acts, BigDecimal upTo) {

		public Grant {
			acts = (acts != null && !acts.isEmpty()) ? EnumSet.copyOf(acts) : Set.of();
		}

		boolean covers(SignedAct act) {
			return this.acts.contains(act);
		}

		boolean coversAmount(BigDecimal amount) {
			return this.upTo == null || amount == null || amount.compareTo(this.upTo) <= 0;
		}

	}

}
