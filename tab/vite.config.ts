import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Builds the tab's two pages (the app and the consent popup's last page) into dist/tab. */
export default defineConfig({
  root,
  base: "/",
  plugins: [react()],
  build: {
    outDir: "../dist/tab",
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL("index.html", import.meta.url)),
        "consent-done": fileURLToPath(new URL("consent-done.html", import.meta.url)),
      },
      output: {
        // Long-lived vendor chunks, so a tab change does not re-download React and Fluent;
        // consent-done.html needs only the teams-js and zod ones.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            // Fluent in two parts (each under the 500 kB warning): tables, overlays and their positioning, then the rest.
            { name: "fluent-widgets", test: /node_modules[\\/](@fluentui[\\/](react-table|react-dialog|react-combobox|react-progress|react-toolbar|react-message-bar|react-tooltip|react-positioning|react-portal|react-motion)|@floating-ui)[\\/]/, priority: 3 },
            { name: "fluent", test: /node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc|rtl-css-js|stylis|use-sync-external-store|embla-carousel)/, priority: 2 },
            { name: "teams-js", test: /node_modules[\\/]@microsoft[\\/]teams-js[\\/]/, priority: 2 },
            { name: "zod", test: /node_modules[\\/]zod[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
});
