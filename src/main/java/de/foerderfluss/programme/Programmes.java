package de.foerderfluss.programme;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Programmes extends JpaRepository<Programme, Long> {

	Optional<Programme> findByCode(String code);

}
