package de.foerderfluss.notification.web;

import de.foerderfluss.security.Role;
import de.foerderfluss.security.UrlAccessRules;
import de.foerderfluss.security.UrlRules;
import org.springframework.stereotype.Component;

/** The outbox is for administrators. */
@Component
class NotificationUrlAccess implements UrlAccessRules {

	@Override
	public void declare(UrlRules rules) {
		rules.onlyFor(Role.ADMIN, "/verwaltung/postausgang/**");
	}

}
