package de.foerderfluss;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FoerderflussApplication {

	public static void main(String[] args) {
		SpringApplication.run(FoerderflussApplication.class, args);
	}

}
