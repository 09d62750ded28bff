package de.foerderfluss.carrier;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Carriers extends JpaRepository<Carrier, Long> {

	Optional<Carrier> findByName(String name);

	List<Carrier> findAllByOrderByName();

}
