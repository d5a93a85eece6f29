package org.clusteratlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** ClusterAtlas: CRM, competence database, matchmaking and portal for regional business networks. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ClusterAtlasApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClusterAtlasApplication.class, args);
    }
}
