package de.foerderfluss.security.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.CarrierRegistry;
import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserAdministration;
import de.foerderfluss.web.PageController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who may sign in, with which roles and for which carrier, filtered by role or carrier.
 */
@PageController
class UsersPageController {

	private final UserAdministration users;

	private final CarrierRegistry carriers;

	UsersPageController(UserAdministration users, CarrierRegistry carriers) {
		this.users = users;
		this.carriers = carriers;
	}

	@GetMapping("/verwaltung/benutzer")
	String users(@ModelAttribute("filter") UserFilter filter, BindingResult binding, Model model) {
		UserFilter applied = binding.hasErrors() ? new UserFilter(null, null) : filter;
		List<Carrier> carrierList = this.carriers.carriers();
		Map<Long, String> carrierNames = carrierList.stream()
			.collect(Collectors.toMap(Carrier::getId, Carrier::getName));
		model.addAttribute("rows",
				this.users.accounts(applied.role(), applied.carrier())
					.stream()
					.map((account) -> UserRow.of(account, carrierNames))
					.toList());
		model.addAttribute("filtered", !applied.isEmpty());
		model.addAttribute("roles", Role.values());
		model.addAttribute("carriers", carrierList);
		return "security/users";
	}

}
