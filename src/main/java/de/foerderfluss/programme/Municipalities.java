package de.foerderfluss.programme;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Municipalities extends JpaRepository<Municipality, Long> {

	List<Municipality> findAllByOrderByName();

	java.util.Optional<Municipality> findByName(String name);

}
