package de.foerderfluss.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;

/** Login, and the start page each role begins its work on. */
@PageController
class HomeController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home(Authentication authentication) {
		if (has(authentication, "ROLE_CARRIER")) {
			return "redirect:/antraege";
		}
		if (has(authentication, "ROLE_REVIEWER") || has(authentication, "ROLE_APPROVER")) {
			return "redirect:/aufgaben";
		}
		if (has(authentication, "ROLE_FINANCE")) {
			return "redirect:/kasse";
		}
		return "redirect:/verwaltung";
	}

	private static boolean has(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
	}

}
