package de.foerderfluss.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Login, and the start page each role begins its work on. */
@PageController
class HomeController {

	/**
	 * The login page; {@code ?locked=<minutes>} after an attempt that had to wait (one or
	 * two digits, else a minute is said).
	 */
	@GetMapping("/login")
	String login(@RequestParam(name = "locked", required = false) String locked, Model model) {
		if (locked != null) {
			model.addAttribute("lockedMinutes",
					locked.matches("[0-9]{1,2}") ? Math.max(1, Integer.parseInt(locked)) : 1);
		}
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
