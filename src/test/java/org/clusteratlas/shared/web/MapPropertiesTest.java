package org.clusteratlas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The map's tile server becomes the one foreign image source of the pages' CSP, or none at all. */
class MapPropertiesTest {

    private static MapProperties tiles(String url) {
        return new MapProperties(url, "© test");
    }

    @Test
    void theTileHostIsTheImageSource() {
        assertThat(tiles("https://tile.openstreetmap.org/{z}/{x}/{y}.png").imageSource())
                .contains("https://tile.openstreetmap.org");
        assertThat(tiles("https://{s}.tiles.example.org:8443/osm/{z}/{x}/{y}.png?key=1")
                        .imageSource())
                .contains("https://*.tiles.example.org:8443");
    }

    @Test
    void withoutTilesThereIsNoForeignSource() {
        assertThat(tiles("").hasTiles()).isFalse();
        assertThat(tiles("   ").imageSource()).isEmpty();
        assertThat(tiles(null).isTileUrlValid()).isTrue();
    }

    @Test
    void templatesTheCspCannotExpressAreInvalid() {
        for (String url : new String[] {
            "javascript:alert(1)//{z}/{x}/{y}",
            "data:image/png;base64,{z}{x}{y}",
            "https://{a}.tiles.example.org/{z}/{x}/{y}.png",
            "https://tile.example.org/tiles.png",
            "https://tile.example.org;img-src */{z}/{x}/{y}.png"
        }) {
            assertThat(tiles(url).isTileUrlValid()).as(url).isFalse();
            assertThat(tiles(url).imageSource()).as(url).isEmpty();
        }
    }
}
