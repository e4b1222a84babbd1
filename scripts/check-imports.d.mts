export declare const LAYER_RANKS: Record<string, number>;
export declare function layerOf(relativePath: string): string;
export declare function importsOf(text: string): string[];
export declare function checkImports(files: Map<string, string>): string[];
export declare function readTree(dir: string): Map<string, string>;
