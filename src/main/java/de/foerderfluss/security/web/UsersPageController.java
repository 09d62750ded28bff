package de.foerderfluss.security.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.CarrierRegistry;
import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserAccount;
import de.foerderfluss.security.UserAdministration;
import de.foerderfluss.web.PageController;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who may sign in, with which roles and for which carrier, filtered by role or carrier;
 * whose sign-in is locked after failed attempts, to be unlocked.
 */
@PageController
class UsersPageController {

	private final UserAdministration users;

	private final CarrierRegistry carriers;

	private final MessageSourceAccessor messages;

	UsersPageController(UserAdministration users, CarrierRegistry carriers, MessageSourceAccessor messages) {
		this.users = users;
		this.carriers = carriers;
		this.messages = messages;
	}

	@GetMapping("/verwaltung/benutzer")
	String users(@ModelAttribute("filter") UserFilter filter, BindingResult binding, Model model) {
		UserFilter applied = binding.hasErrors() ? new UserFilter(null, null) : filter;
		List<Carrier> carrierList = this.carriers.carriers();
		Map<Long, String> carrierNames = carrierList.stream()
			.collect(Collectors.toMap(Carrier::getId, Carrier::getName));
		Map<String, Instant> lockedSignIns = this.users.lockedSignIns();
		List<UserRow> rows = this.users.accounts(applied.role(), applied.carrier())
			.stream()
			.map((account) -> UserRow.of(account, carrierNames, lockedSignIns))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("lockedCount", rows.stream().filter(UserRow::locked).count());
		model.addAttribute("filtered", !applied.isEmpty());
		model.addAttribute("roles", Role.values());
		model.addAttribute("carriers", carrierList);
		return "security/users";
	}

	/**
	 * Lets a person whose sign-in is locked after failed attempts sign in again at once.
	 */
	@PostMapping("/verwaltung/benutzer/{id}/entsperren")
	String unlock(@PathVariable Long id, RedirectAttributes redirect) {
		UserAccount account = this.users.unlock(id);
		redirect.addFlashAttribute("success",
				this.messages.getMessage("admin.user.unlocked", new Object[] { account.getUsername() }));
		return "redirect:/verwaltung/benutzer";
	}

}
